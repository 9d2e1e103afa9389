#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#ifndef EMS_DATADIR
#define EMS_DATADIR "/usr/local/share/emscore"
#endif

int ems_engine_new(ems_engine **out, ems_ctx *ctx, const char *datadir)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    if (!datadir || !*datadir)
        datadir = getenv("EMSCORE_DATADIR");
    if (!datadir || !*datadir)
        datadir = EMS_DATADIR;
    char real[PATH_MAX], xsd[PATH_MAX + 32];
    if (!realpath(datadir, real))
        return ems_ctx__error(ctx, EMS_EIO, datadir, 0,
                              "data folder not found (set EMSCORE_DATADIR to the folder "
                              "holding scorecards/emscore.xsd)");
    int rc = ems_xml__global_init(real);
    if (rc != EMS_OK)
        return ems_ctx__error(ctx, rc, "", 0, "cannot initialise the XML library");
    ems_engine *e = calloc(1, sizeof(*e));
    if (!e || !(e->datadir = strdup(real))) {
        free(e);
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    }
    snprintf(xsd, sizeof(xsd), "%s/scorecards/emscore.xsd", real);
    rc = ems_xsd__compile(&e->schema, ctx, xsd);
    if (rc != EMS_OK) {
        ems_engine_free(e);
        return rc;
    }
    *out = e;
    return EMS_OK;
}

void ems_engine_free(ems_engine *engine)
{
    if (!engine)
        return;
    ems_xsd__free(engine->schema);
    free(engine->datadir);
    free(engine);
}

const char *ems_engine_datadir(const ems_engine *engine)
{
    return engine ? engine->datadir : NULL;
}
