#include "cli.h"

int main(int argc, char **argv)
{
    return ems_cli_main(argc, argv, stdout, stderr);
}
