#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "util/text.h"

#define MAX_DIAGS 1000 /* per context: a hostile file cannot flood memory */

struct ems_ctx {
    uint64_t limits[EMS_LIMIT_COUNT_];
    ems_diag *diags;
    size_t ndiags, cap, nerrors;
    size_t dropped;
};

static const uint64_t default_limits[EMS_LIMIT_COUNT_] = {
    [EMS_LIMIT_INPUT_BYTES] = 16u << 20,
    [EMS_LIMIT_XML_BYTES] = 16u << 20,
    [EMS_LIMIT_DEPTH] = 64,
    [EMS_LIMIT_ITEMS] = 200000,
};

const char *ems_strerror(int status)
{
    switch (status) {
    case EMS_OK: return "success";
    case EMS_EINVALID: return "invalid input";
    case EMS_ELIMIT: return "input exceeds a limit";
    case EMS_EIO: return "input/output error";
    case EMS_ENOMEM: return "out of memory";
    case EMS_EARG: return "invalid argument";
    case EMS_EINTERNAL: return "internal error";
    default: return "unknown error";
    }
}

const char *ems_version(void)
{
    return EMS_VERSION_STRING;
}

void ems_free(void *p)
{
    free(p);
}

int ems_ctx_new(ems_ctx **out)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    ems_ctx *ctx = calloc(1, sizeof(*ctx));
    if (!ctx)
        return EMS_ENOMEM;
    memcpy(ctx->limits, default_limits, sizeof(default_limits));
    *out = ctx;
    return EMS_OK;
}

void ems_ctx_clear(ems_ctx *ctx)
{
    if (!ctx)
        return;
    for (size_t i = 0; i < ctx->ndiags; i++) {
        free((char *)ctx->diags[i].file);
        free((char *)ctx->diags[i].message);
    }
    ctx->ndiags = ctx->nerrors = ctx->dropped = 0;
}

void ems_ctx_free(ems_ctx *ctx)
{
    if (!ctx)
        return;
    ems_ctx_clear(ctx);
    free(ctx->diags);
    free(ctx);
}

int ems_ctx_set_limit(ems_ctx *ctx, ems_limit which, uint64_t value)
{
    if (!ctx || (unsigned)which >= EMS_LIMIT_COUNT_ || value == 0)
        return EMS_EARG;
    ctx->limits[which] = value;
    return EMS_OK;
}

uint64_t ems_ctx_limit(const ems_ctx *ctx, ems_limit which)
{
    if ((unsigned)which >= EMS_LIMIT_COUNT_)
        return 0;
    return ctx ? ctx->limits[which] : default_limits[which];
}

size_t ems_ctx_ndiags(const ems_ctx *ctx)
{
    return ctx ? ctx->ndiags : 0;
}

const ems_diag *ems_ctx_diag(const ems_ctx *ctx, size_t i)
{
    return ctx && i < ctx->ndiags ? &ctx->diags[i] : NULL;
}

size_t ems_ctx_nerrors(const ems_ctx *ctx)
{
    return ctx ? ctx->nerrors + ctx->dropped : 0;
}

const char *ems_ctx_errmsg(const ems_ctx *ctx)
{
    if (!ctx)
        return "";
    for (size_t i = ctx->ndiags; i-- > 0;)
        if (ctx->diags[i].severity == EMS_SEV_ERROR)
            return ctx->diags[i].message;
    return ctx->dropped ? "out of memory while recording a diagnostic" : "";
}

int ems_ctx__vreport(ems_ctx *ctx, int code, ems_severity sev, const char *file, long line,
                     const char *fmt, va_list ap)
{
    if (!ctx)
        return code;
    if (ctx->ndiags >= MAX_DIAGS) {
        if (sev == EMS_SEV_ERROR)
            ctx->dropped++;
        return code;
    }
    if (ctx->ndiags == ctx->cap) {
        size_t cap = ctx->cap ? ctx->cap * 2 : 8;
        ems_diag *d = realloc(ctx->diags, cap * sizeof(*d));
        if (!d)
            goto fail;
        ctx->diags = d;
        ctx->cap = cap;
    }
    char *text = NULL;
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0 || !(text = malloc((size_t)n + 1)))
        goto fail;
    vsnprintf(text, (size_t)n + 1, fmt, ap);
    for (size_t k = strlen(text); k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\n');)
        text[--k] = '\0';
    /* One line per diagnostic, whatever the input or its file name held. */
    char *msg = ems_text__one_line(text);
    free(text);
    char *f = msg ? ems_text__one_line(file ? file : "") : NULL;
    if (!f) {
        free(msg);
        goto fail;
    }
    ctx->diags[ctx->ndiags++] = (ems_diag){code, sev, f, line, msg};
    if (sev == EMS_SEV_ERROR)
        ctx->nerrors++;
    return code;
fail:
    if (sev == EMS_SEV_ERROR)
        ctx->dropped++;
    return code;
}

int ems_ctx__report(ems_ctx *ctx, int code, ems_severity sev, const char *file, long line,
                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ems_ctx__vreport(ctx, code, sev, file, line, fmt, ap);
    va_end(ap);
    return code;
}

void ems_ctx__append(ems_ctx *to, const ems_ctx *from)
{
    for (size_t i = 0; from && i < from->ndiags; i++) {
        const ems_diag *d = &from->diags[i];
        ems_ctx__report(to, d->code, d->severity, d->file, d->line, "%s", d->message);
    }
}
