/*
 * Output files, whole or not at all: the bytes go to a fresh temporary file
 * beside the target (so the rename stays within one file system), which is
 * renamed over the target only once everything is written. Readers never
 * see a partial file, and a failure leaves an existing target as it was.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "internal.h"

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* A new file "DIR/.BASE.tmp-PID-N" beside path. O_EXCL|O_NOFOLLOW: never
 * an existing file or a planted symlink; N makes names unique within the
 * process, across threads. */
static int create_temp(char **out, int *fd, ems_ctx *ctx, int dirfd, const char *path,
                       const char *shown)
{
    static atomic_uint counter;
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    const char *base = slash ? slash + 1 : path;
    size_t cap = strlen(path) + 64;
    char *tmp = malloc(cap);
    if (!tmp)
        return ems_ctx__error(ctx, EMS_ENOMEM, shown, 0, "out of memory");
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned n = atomic_fetch_add(&counter, 1u);
        snprintf(tmp, cap, "%.*s.%s.tmp-%ld-%u", dirlen, path, base, (long)getpid(), n);
        *fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (*fd >= 0) {
            *out = tmp;
            return EMS_OK;
        }
        if (errno != EEXIST)
            break;
    }
    int rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot create a temporary file beside it: %s",
                            strerror(errno));
    free(tmp);
    return rc;
}

static bool write_plain(int fd, const unsigned char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        len -= (size_t)n;
    }
    return true;
}

/* gzip through zlib on fd, which gzclose() closes. The header zlib writes
 * has no name and no time stamp, so the bytes are reproducible. */
static bool write_gzip(int fd, const unsigned char *p, size_t len)
{
    gzFile gz = gzdopen(fd, "wb9");
    if (!gz) {
        close(fd);
        return false;
    }
    bool ok = true;
    while (ok && len > 0) {
        unsigned chunk = len > (1u << 30) ? 1u << 30 : (unsigned)len;
        ok = gzwrite(gz, p, chunk) == (int)chunk;
        p += chunk;
        len -= chunk;
    }
    return gzclose(gz) == Z_OK && ok;
}

int ems_output__write(ems_ctx *ctx, const char *path, const void *data, size_t len)
{
    return ems_output__write_at(ctx, AT_FDCWD, path, path, data, len);
}

int ems_output__write_at(ems_ctx *ctx, int dirfd, const char *path, const char *shown,
                         const void *data, size_t len)
{
    if (!path || !*path || (!data && len))
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "no output path or data");
    char *tmp = NULL;
    int fd = -1;
    int rc = create_temp(&tmp, &fd, ctx, dirfd, path, shown);
    if (rc != EMS_OK)
        return rc;
    bool ok;
    errno = 0; /* a short write or a compression failure sets none */
    if (ends_with(path, ".gz")) {
        ok = write_gzip(fd, data, len);
    } else {
        ok = write_plain(fd, data, len);
        ok = close(fd) == 0 && ok;
    }
    if (!ok) {
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot write: %s",
                            errno ? strerror(errno) : "short write");
    } else if (renameat(dirfd, tmp, dirfd, path) != 0) {
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot replace: %s", strerror(errno));
    }
    if (rc != EMS_OK)
        unlinkat(dirfd, tmp, 0);
    free(tmp);
    return rc;
}
