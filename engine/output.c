/*
 * Output files, whole or not at all, and never at the expense of what the
 * name already is.
 *
 * - A new name or a regular file: the bytes go to an unnamed file in
 *   the target's folder (O_TMPFILE), which is linked into place only once
 *   everything is written: a new name directly, an existing file by a link
 *   to a fresh hidden name renamed over it. A process killed at any moment
 *   leaves either nothing or, only between those two calls, a complete
 *   ".NAME.tmp-PID-N", which the next write of NAME (and every batch run in
 *   that folder) removes once PID is gone. Where the file system has no
 *   O_TMPFILE the hidden name is created first, as a named temporary, and
 *   is what a killed process can leave. A replaced file keeps its
 *   permission bits (and owner and group where we may set them, or else
 *   loses the group's bits: never wider); a new one gets 0666 & ~umask.
 * - A device, a FIFO, or a symbolic link to one or through /proc (such as
 *   /dev/stdout, whatever standard output is): written through, as
 *   `cat > NAME` would, never replaced. Any other symbolic link (to a
 *   regular file, to nothing) is replaced by a new file, never followed:
 *   it may have been planted to make us write elsewhere. A FIFO nobody reads
 *   yet is waited for FIFO_WAIT_MS, then refused. A folder or a socket is
 *   refused. In a folder emscore owns (batch's), whatever is in the way of
 *   an output but a folder is replaced instead.
 */
#define _GNU_SOURCE /* O_TMPFILE, AT_EMPTY_PATH */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "internal.h"

#define FIFO_WAIT_MS 5000

bool ems_output__no_tmpfile;

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* ---- writing bytes to an open file --------------------------------- */

/* What is written: bytes in memory, or a producer that writes them. */
typedef struct source {
    const void *data;
    size_t len;
    ems_output_producer produce;
    void *user;
} source;

struct ems_output_sink {
    int fd;
    gzFile gz; /* NULL: plain */
    bool failed;
};

bool ems_output__put(ems_output_sink *k, const void *data, size_t len)
{
    const unsigned char *p = data;
    while (!k->failed && len > 0) {
        if (k->gz) {
            unsigned chunk = len > (1u << 30) ? 1u << 30 : (unsigned)len;
            k->failed = gzwrite(k->gz, p, chunk) != (int)chunk;
            p += chunk;
            len -= chunk;
            continue;
        }
        ssize_t n = write(k->fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        k->failed = n <= 0;
        if (n > 0) {
            p += n;
            len -= (size_t)n;
        }
    }
    return !k->failed;
}

/* src into fd, gzip-compressed (through zlib on a duplicate of fd, which
 * stays open) when path ends in ".gz". The header zlib writes has no name
 * and no time stamp, so the bytes are reproducible. A producer may run
 * again for a second file: it must write the same bytes each time. */
static int write_bytes(ems_ctx *ctx, int fd, const char *path, const char *shown,
                       const source *src)
{
    errno = 0; /* a short write or a compression failure sets none */
    ems_output_sink k = {.fd = fd};
    if (ends_with(path, ".gz")) {
        int dup_fd = dup(fd);
        k.gz = dup_fd >= 0 ? gzdopen(dup_fd, "wb9") : NULL;
        if (!k.gz) {
            if (dup_fd >= 0)
                close(dup_fd);
            k.failed = true;
        }
    }
    int rc = EMS_OK;
    if (!k.failed)
        rc = src->produce ? src->produce(src->user, ctx, &k)
                          : (ems_output__put(&k, src->data, src->len), EMS_OK);
    if (k.gz && gzclose(k.gz) != Z_OK)
        k.failed = true;
    if (rc != EMS_OK || !k.failed)
        return rc;
    return ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot write: %s",
                          errno ? strerror(errno) : "short write");
}

/* ---- names ----------------------------------------------------------- */

/* The folder part of path as the user wrote it ("." when none). */
static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    char *dir = malloc(n + 1);
    if (dir) {
        memcpy(dir, path, n);
        dir[n] = '\0';
    }
    return dir;
}

/* A failure to create a file in the output's folder, said of the folder
 * the user named, never of a temporary. */
static int folder_error(ems_ctx *ctx, const char *shown, int err)
{
    char *dir = folder_of(shown);
    const char *d = dir ? dir : ".";
    int rc;
    switch (err) {
    case ENOENT:
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "output folder %s does not exist", d);
        break;
    case ENOTDIR:
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "%s is not a folder", d);
        break;
    case EROFS:
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "output folder %s is read-only", d);
        break;
    case EACCES:
    case EPERM:
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0,
                            "output folder %s is not writable (permission denied)", d);
        break;
    case ENOSPC:
    case EDQUOT:
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "output folder %s is full", d);
        break;
    default:
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot write in output folder %s: %s", d,
                            strerror(err));
    }
    free(dir);
    return rc;
}

/* "DIR/.BASE.tmp-PID-" for path: the prefix of its hidden names. */
static char *hidden_prefix(const char *path)
{
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    const char *base = slash ? slash + 1 : path;
    size_t cap = strlen(path) + 48;
    char *s = malloc(cap);
    if (s)
        snprintf(s, cap, "%.*s.%s.tmp-%ld-", dirlen, path, base, (long)getpid());
    return s;
}

/* ".X.tmp-PID-N" of a process that is gone: left by a killed run. */
static bool stale_hidden(const char *name, const char *base)
{
    if (name[0] != '.')
        return false;
    const char *tmp = NULL;
    for (const char *p = name; (p = strstr(p, ".tmp-")); p++)
        tmp = p;
    if (!tmp || tmp == name)
        return false;
    if (base && ((size_t)(tmp - name - 1) != strlen(base) || strncmp(name + 1, base, strlen(base))))
        return false;
    char *end;
    long pid = strtol(tmp + 5, &end, 10);
    if (pid <= 0 || *end != '-' || !end[1] || strspn(end + 1, "0123456789") != strlen(end + 1))
        return false;
    return pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

void ems_output__sweep(int dirfd, const char *dir, const char *base)
{
    int fd = openat(dirfd, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return;
    }
    for (struct dirent *e; (e = readdir(d));)
        if (stale_hidden(e->d_name, base))
            unlinkat(fd, e->d_name, 0);
    closedir(d);
}

/* ---- a new file, placed whole -------------------------------------- */

/* Create the hidden name path's prefix + N: O_EXCL|O_NOFOLLOW, never an
 * existing file or a planted symlink. With fd >= 0, link that unnamed file
 * there; otherwise create a new file and return its descriptor. */
static int new_hidden(char **out, int *newfd, int dirfd, const char *path, int fd, mode_t mode)
{
    static atomic_uint counter;
    char *prefix = hidden_prefix(path);
    if (!prefix) {
        errno = ENOMEM;
        return -1;
    }
    size_t cap = strlen(prefix) + 16;
    char *name = malloc(cap);
    int rc = -1;
    for (int attempt = 0; name && attempt < 100; attempt++) {
        snprintf(name, cap, "%s%u", prefix, atomic_fetch_add(&counter, 1u));
        if (fd < 0) {
            *newfd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
            rc = *newfd >= 0 ? 0 : -1;
        } else {
            char proc[64];
            snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
            /* AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; /proc does not. */
            rc = linkat(fd, "", dirfd, name, AT_EMPTY_PATH);
            if (rc != 0 && errno != EEXIST)
                rc = linkat(AT_FDCWD, proc, dirfd, name, AT_SYMLINK_FOLLOW);
        }
        if (rc == 0 || errno != EEXIST)
            break;
    }
    free(prefix);
    if (rc == 0)
        *out = name;
    else
        free(name);
    if (!name)
        errno = ENOMEM;
    return rc;
}

/* Give fd the permission bits (and owner) of the file it replaces. */
static void keep_permissions(int fd, const struct stat *old)
{
    struct stat now;
    mode_t mode = old->st_mode & 07777;
    if (fstat(fd, &now) == 0 && (now.st_uid != old->st_uid || now.st_gid != old->st_gid) &&
        fchown(fd, old->st_uid, old->st_gid) != 0 &&
        (fstat(fd, &now) != 0 || now.st_gid != old->st_gid))
        mode = (mode & ~(mode_t)070) | ((mode & 07) << 3); /* another group: as others */
    fchmod(fd, mode);
}

/* Through a named temporary: where there is no O_TMPFILE. */
static int place_named(ems_ctx *ctx, int dirfd, const char *path, const char *shown,
                       const source *src, const struct stat *old)
{
    char *tmp = NULL;
    int fd = -1;
    if (new_hidden(&tmp, &fd, dirfd, path, -1, 0666) != 0)
        return folder_error(ctx, shown, errno);
    if (old)
        keep_permissions(fd, old);
    int rc = write_bytes(ctx, fd, path, shown, src);
    if (close(fd) != 0 && rc == EMS_OK)
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot write: %s", strerror(errno));
    if (rc == EMS_OK && renameat(dirfd, tmp, dirfd, path) != 0)
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot replace: %s", strerror(errno));
    if (rc != EMS_OK)
        unlinkat(dirfd, tmp, 0);
    free(tmp);
    return rc;
}

/* Link the written unnamed file fd at path: directly when path is new,
 * else through a hidden name renamed over it. Returns 0, or -1 with errno
 * (ENOENT also when /proc is missing and AT_EMPTY_PATH is not allowed). */
static int link_unnamed(int fd, int dirfd, const char *path, bool replace)
{
    if (!replace) {
        char proc[64];
        snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
        if (linkat(fd, "", dirfd, path, AT_EMPTY_PATH) == 0 ||
            (errno != EEXIST && linkat(AT_FDCWD, proc, dirfd, path, AT_SYMLINK_FOLLOW) == 0))
            return 0;
        if (errno != EEXIST)
            return -1;
        /* created meanwhile: replace it */
    }
    char *hidden = NULL;
    if (new_hidden(&hidden, NULL, dirfd, path, fd, 0) != 0)
        return -1;
    int rc = renameat(dirfd, hidden, dirfd, path);
    int err = errno;
    if (rc != 0)
        unlinkat(dirfd, hidden, 0);
    free(hidden);
    errno = err;
    return rc;
}

static int place_whole(ems_ctx *ctx, int dirfd, const char *path, const char *shown,
                       const source *src, const struct stat *old, bool replace)
{
    char *dir = folder_of(path);
    if (!dir)
        return ems_ctx__error(ctx, EMS_ENOMEM, shown, 0, "out of memory");
    int fd = ems_output__no_tmpfile ? (errno = EOPNOTSUPP, -1)
                                    : openat(dirfd, dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    free(dir);
    if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL))
        return place_named(ctx, dirfd, path, shown, src, old);
    if (fd < 0)
        return folder_error(ctx, shown, errno);
    if (old)
        keep_permissions(fd, old);
    int rc = write_bytes(ctx, fd, path, shown, src);
    if (rc == EMS_OK && link_unnamed(fd, dirfd, path, replace) != 0) {
        if (errno == ENOENT || errno == EPERM || errno == EXDEV) /* cannot link it: named */
            rc = place_named(ctx, dirfd, path, shown, src, old);
        else
            rc = folder_error(ctx, shown, errno);
    }
    close(fd);
    return rc;
}

/* ---- writing through ------------------------------------------------ */

#define PROC_SUPER_MAGIC 0x9fa0

/* Does the symbolic link path lead through /proc, as /dev/stdout and
 * /dev/fd/N do to an open file? Such a link is the process's own stream,
 * written through, never replaced. */
static bool via_proc(const char *path)
{
    char cur[4096], link[4096];
    snprintf(cur, sizeof(cur), "%s", path);
    for (int depth = 0; depth < 8; depth++) {
        char *dir = folder_of(cur);
        struct statfs fs;
        bool proc = dir && statfs(dir, &fs) == 0 && fs.f_type == PROC_SUPER_MAGIC;
        ssize_t n = proc ? -1 : readlink(cur, link, sizeof(link) - 1);
        int w = 0;
        if (n >= 0) {
            link[n] = '\0';
            w = link[0] == '/' ? snprintf(cur, sizeof(cur), "%s", link)
                               : snprintf(cur, sizeof(cur), "%s/%s", dir, link);
        }
        free(dir);
        if (proc || n < 0 || w < 0 || (size_t)w >= sizeof(cur))
            return proc;
    }
    return false;
}

/* via_link: path is a symbolic link, and a regular file it names is
 * truncated and written as `cat > LINK` would. Otherwise a regular file
 * found here replaced the special file since it was seen: *regular is
 * set, nothing written, for the caller to replace it whole. */
static int write_through(ems_ctx *ctx, int dirfd, const char *path, const char *shown,
                         const source *src, bool via_link, bool fifo, bool *regular)
{
    int fd;
    for (int waited = 0;; waited += 50) {
        fd = openat(dirfd, path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0 || errno != ENXIO || !fifo || waited >= FIFO_WAIT_MS)
            break;
        nanosleep(&(struct timespec){0, 50 * 1000 * 1000}, NULL);
    }
    if (fd < 0 && errno == ENXIO && fifo)
        return ems_ctx__error(ctx, EMS_EIO, shown, 0,
                              "no process reads from this FIFO (waited %d seconds)",
                              FIFO_WAIT_MS / 1000);
    if (fd < 0)
        return ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot open: %s", strerror(errno));
    struct stat st;
    int rc = EMS_OK;
    if (fstat(fd, &st) != 0) {
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot stat: %s", strerror(errno));
    } else if (S_ISREG(st.st_mode) && !via_link) {
        *regular = true;
    } else if (S_ISREG(st.st_mode) && ftruncate(fd, 0) != 0) {
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot truncate: %s", strerror(errno));
    } else {
        int flags = fcntl(fd, F_GETFL);
        if (flags >= 0)
            fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
        rc = write_bytes(ctx, fd, path, shown, src);
    }
    if (close(fd) != 0 && rc == EMS_OK && !*regular)
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot write: %s", strerror(errno));
    return rc;
}

/* named: a name the user gave, whatever it is; else a name in a folder
 * emscore owns (batch), where anything in the way is replaced. */
static int write_at(ems_ctx *ctx, int dirfd, const char *path, const char *shown,
                    const source *src, bool named)
{
    if (!path || !*path || (!src->data && src->len))
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "no output path or data");
    struct stat lst, st;
    bool exists = fstatat(dirfd, path, &lst, AT_SYMLINK_NOFOLLOW) == 0;
    bool target = exists && fstatat(dirfd, path, &st, 0) == 0;
    if (exists && !S_ISLNK(lst.st_mode))
        st = lst;
    if (target && S_ISDIR(st.st_mode))
        return ems_ctx__error(ctx, EMS_EIO, shown, 0, "is a folder: name a file to write");
    if (named && target && S_ISSOCK(st.st_mode))
        return ems_ctx__error(ctx, EMS_EIO, shown, 0, "is a socket: cannot write to it");
    /* A link to a regular file is replaced, never followed (it may have been
     * planted to make us write elsewhere), unless it is a stream of ours. */
    bool through = named && target &&
                   (S_ISLNK(lst.st_mode) ? !S_ISREG(st.st_mode) || via_proc(path)
                                         : !S_ISREG(lst.st_mode));
    if (through) {
        bool regular = false;
        int rc = write_through(ctx, dirfd, path, shown, src, S_ISLNK(lst.st_mode),
                               S_ISFIFO(st.st_mode), &regular);
        if (!regular)
            return rc;
        fstatat(dirfd, path, &lst, AT_SYMLINK_NOFOLLOW);
        st = lst;
    }
    if (named && exists) { /* only a replacement can have left one */
        char *dir = folder_of(path);
        const char *slash = strrchr(path, '/');
        if (dir)
            ems_output__sweep(dirfd, dir, slash ? slash + 1 : path);
        free(dir);
    }
    /* A symbolic link to nothing, or in a folder emscore owns, is replaced,
     * never followed: a new file, with the usual permissions. */
    bool keep = exists && S_ISREG(lst.st_mode);
    return place_whole(ctx, dirfd, path, shown, src, keep ? &st : NULL, exists);
}

int ems_output__write(ems_ctx *ctx, const char *path, const void *data, size_t len)
{
    return write_at(ctx, AT_FDCWD, path, path, &(source){.data = data, .len = len}, true);
}

int ems_output__write_at(ems_ctx *ctx, int dirfd, const char *path, const char *shown,
                         const void *data, size_t len)
{
    return write_at(ctx, dirfd, path, shown, &(source){.data = data, .len = len}, false);
}

int ems_output__produce(ems_ctx *ctx, int dirfd, const char *path, const char *shown, bool named,
                        ems_output_producer produce, void *user)
{
    return write_at(ctx, dirfd, path, shown, &(source){.produce = produce, .user = user}, named);
}
