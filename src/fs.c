/*
 * fs.c - the native half of fs: one binding per uv_fs_* call, each either
 * synchronous (no callback: returns or throws) or asynchronous on libuv's
 * thread pool (callback(err, result)), plus readFile/writeFile done as one
 * thread-pool job each so that the per-byte work never touches JS.
 * Paths, flags and modes arrive already validated by src/js/fs.js.
 */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* How a finished request's result is handed to JS. */
enum {
  FS_RES_NONE,    /* callback(null) */
  FS_RES_INT,     /* fd, byte count */
  FS_RES_STAT,    /* array of 14 numbers (see fs_push_stat) */
  FS_RES_PTR,     /* string in req.ptr (readlink, realpath) */
  FS_RES_PATH,    /* string in req.path (mkdtemp) */
  FS_RES_DIR,     /* [names] */
  FS_RES_DIRENTS, /* [names, types] */
  FS_RES_STATFS,  /* [type, bsize, blocks, bfree, bavail, files, ffree] */
};

/*
 * One uv_fs_t request. Async: malloc'ed, refs keep the callback (and the
 * buffer being read or written) alive until fs_done, which frees it.
 * Sync: the same struct, freed before the binding returns or throws.
 * Error messages use req.path / req.new_path, which libuv owns (copied for
 * async requests, borrowed from the duk stack for sync ones).
 */
typedef struct {
  uv_fs_t req;
  jsrt_isolate *iso;
  int cb, keep;
  int res;
  const char *syscall;
} fs_req;

static jsrt_isolate *fs_iso(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  /* The loader checks too; a native half leaked to a script must not
   * bypass it. */
  if (!jsrt__has_cap(iso, JSRT_CAP_FS))
    jsrt__throw_access_denied_raw(ctx, "fs");
  return iso;
}

/* ---- fs_root confinement ----
 *
 * With jsrt_options.fs_root set, every path a binding receives must lead
 * below the root once symlinks are resolved: an existing path is checked by
 * its realpath(); a new name by the realpath() of its parent directory.
 * Calls that act on a link itself (lstat, unlink, readlink, rename, the new
 * name of link/symlink) check only the parent, so a link pointing outside
 * can be removed but not followed. A symlink's target text is not checked
 * (following it is). fds are not checked: they come from a checked open.
 * What this does not cover: a path swapped for a symlink between the check
 * and the system call (a race with another process writing below the root;
 * openat2(RESOLVE_BENEATH) would close it). A refused path is EACCES.
 */
static int fs_within(const char *root, const char *p) {
  size_t n = strlen(root);
  if (n == 1 && root[0] == '/')
    return 1;
  return strncmp(p, root, n) == 0 && (p[n] == '\0' || p[n] == '/');
}

/* 1: inside, 0: outside, -1: cannot tell (the call will fail anyway). */
static int fs_path_inside(const char *root, const char *path, int follow) {
  char *abs, *res, *slash;
  const char *base;
  size_t len = strlen(path);
  int ok = -1;
  if (path[0] != '/') {
    char cwd[4096];
    if (getcwd(cwd, sizeof(cwd)) == NULL)
      return 0;
    abs = malloc(strlen(cwd) + len + 2);
    if (abs == NULL)
      return 0;
    sprintf(abs, "%s/%s", cwd, path);
  } else {
    abs = strdup(path);
    if (abs == NULL)
      return 0;
  }
  /* Trailing slashes name the same thing. */
  for (len = strlen(abs); len > 1 && abs[len - 1] == '/'; len--)
    abs[len - 1] = '\0';
  slash = strrchr(abs, '/');
  base = slash + 1;
  if (follow || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
    res = realpath(abs, NULL);
    if (res != NULL) {
      ok = fs_within(root, res);
      free(res);
      free(abs);
      return ok;
    }
  }
  /* Not there (or the link itself): its directory decides. */
  if (slash == abs) { /* a name in "/" */
    ok = fs_within(root, abs);
    free(abs);
    return ok;
  }
  *slash = '\0';
  res = realpath(abs, NULL);
  if (res != NULL) {
    char *full = malloc(strlen(res) + strlen(base) + 2);
    if (full != NULL) {
      sprintf(full, "%s/%s", strcmp(res, "/") == 0 ? "" : res, base);
      ok = fs_within(root, full);
      free(full);
    } else {
      ok = 0;
    }
    free(res);
  }
  free(abs);
  return ok;
}

/* follow: 1 the call follows symlinks, 0 it acts on the link, -1 the
 * string is not a path to check (a symlink's target). */
static const char *fs_path(duk_context *ctx, duk_idx_t idx, const char *name,
                           const char *syscall, int follow) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  const char *p;
  if (!duk_is_string(ctx, idx))
    jsrt__throw_arg_type_raw(ctx, name, "string", idx);
  p = duk_get_string(ctx, idx);
  if (iso->fs_root != NULL && follow >= 0 &&
      fs_path_inside(iso->fs_root, p, follow) == 0)
    jsrt__throw_uv_raw(ctx, UV_EACCES, syscall, p, NULL);
  return p;
}

static uv_file fs_fd(duk_context *ctx, duk_idx_t idx) {
  double d = duk_get_number_default(ctx, idx, -1);
  if (!duk_is_number(ctx, idx) || d != (double)(int)d || d < 0)
    jsrt__throw_arg_type_raw(ctx, "fd", "number", idx);
  return (uv_file)d;
}

static int64_t fs_int64(duk_context *ctx, duk_idx_t idx, int64_t dflt) {
  if (!duk_is_number(ctx, idx))
    return dflt;
  return (int64_t)duk_get_number(ctx, idx);
}

/* Pushes [v[0], ..., v[n-1]]. */
static void fs_push_numbers(duk_context *ctx, const double *v, int n) {
  int i;
  duk_push_array(ctx);
  for (i = 0; i < n; i++) {
    duk_push_number(ctx, v[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
}

/* Stats fields, in the order src/js/fs.js reads them. */
static void fs_push_stat(duk_context *ctx, const uv_stat_t *s) {
  double v[14];
  v[0] = (double)s->st_dev;
  v[1] = (double)s->st_mode;
  v[2] = (double)s->st_nlink;
  v[3] = (double)s->st_uid;
  v[4] = (double)s->st_gid;
  v[5] = (double)s->st_rdev;
  v[6] = (double)s->st_blksize;
  v[7] = (double)s->st_ino;
  v[8] = (double)s->st_size;
  v[9] = (double)s->st_blocks;
  v[10] = s->st_atim.tv_sec * 1e3 + s->st_atim.tv_nsec / 1e6;
  v[11] = s->st_mtim.tv_sec * 1e3 + s->st_mtim.tv_nsec / 1e6;
  v[12] = s->st_ctim.tv_sec * 1e3 + s->st_ctim.tv_nsec / 1e6;
  v[13] = s->st_birthtim.tv_sec * 1e3 + s->st_birthtim.tv_nsec / 1e6;
  fs_push_numbers(ctx, v, 14);
}

/* Pushes the error or the result of a finished request; returns 1 for a
 * result, 0 for an error. */
static int fs_push_outcome(duk_context *ctx, fs_req *r) {
  uv_fs_t *req = &r->req;
  if (req->result < 0) {
    jsrt__push_uv_error(ctx, (int)req->result, r->syscall, req->path,
                        req->new_path);
    return 0;
  }
  switch (r->res) {
  case FS_RES_NONE:
    duk_push_undefined(ctx);
    break;
  case FS_RES_INT:
    duk_push_number(ctx, (double)req->result);
    break;
  case FS_RES_STAT:
    fs_push_stat(ctx, &req->statbuf);
    break;
  case FS_RES_PTR:
    duk_push_string(ctx, req->ptr);
    break;
  case FS_RES_PATH:
    duk_push_string(ctx, req->path);
    break;
  case FS_RES_STATFS: {
    const uv_statfs_t *sf = req->ptr;
    double v[7];
    v[0] = (double)sf->f_type;
    v[1] = (double)sf->f_bsize;
    v[2] = (double)sf->f_blocks;
    v[3] = (double)sf->f_bfree;
    v[4] = (double)sf->f_bavail;
    v[5] = (double)sf->f_files;
    v[6] = (double)sf->f_ffree;
    fs_push_numbers(ctx, v, 7);
    break;
  }
  case FS_RES_DIR:
  case FS_RES_DIRENTS: {
    uv_dirent_t ent;
    duk_uarridx_t i = 0;
    duk_idx_t names, types = 0;
    duk_push_array(ctx);
    names = duk_get_top_index(ctx);
    if (r->res == FS_RES_DIRENTS) {
      duk_push_array(ctx);
      types = duk_get_top_index(ctx);
    }
    while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
      duk_push_string(ctx, ent.name);
      duk_put_prop_index(ctx, names, i);
      if (r->res == FS_RES_DIRENTS) {
        duk_push_int(ctx, (int)ent.type);
        duk_put_prop_index(ctx, types, i);
      }
      i++;
    }
    if (r->res == FS_RES_DIRENTS) {
      duk_push_array(ctx);
      duk_dup(ctx, names);
      duk_put_prop_index(ctx, -2, 0);
      duk_dup(ctx, types);
      duk_put_prop_index(ctx, -2, 1);
      duk_remove(ctx, names);
      duk_remove(ctx, names);
    }
    break;
  }
  }
  return 1;
}

static void fs_req_free(fs_req *r) {
  duk_context *ctx = r->iso->ctx;
  uv_fs_req_cleanup(&r->req);
  jsrt_unref(ctx, r->cb);
  jsrt_unref(ctx, r->keep);
  free(r);
}

static void fs_done(uv_fs_t *req) {
  fs_req *r = req->data;
  jsrt_isolate *iso = r->iso;
  duk_context *ctx = iso->ctx;
  duk_idx_t nargs;
  jsrt__req_done(iso);
  if (iso->closing || iso->exited || iso->fatal) {
    fs_req_free(r);
    return;
  }
  jsrt_push_ref(ctx, r->cb);
  duk_push_undefined(ctx);
  if (fs_push_outcome(ctx, r)) {
    duk_push_null(ctx);
    duk_swap_top(ctx, -2);
    nargs = r->res == FS_RES_NONE ? 1 : 2;
    if (nargs == 1)
      duk_pop(ctx);
  } else {
    nargs = 1;
    if (r->keep) { /* read/write: (err, 0, buffer) as Node's wrapper */
      duk_push_int(ctx, 0);
      nargs = 2;
    }
  }
  /* read/write: the buffer is the third argument, so fs.js can pass the
   * user's callback straight through (no closure per call). */
  if (r->keep) {
    jsrt_push_ref(ctx, r->keep);
    nargs = 3;
  }
  fs_req_free(r);
  jsrt__callback(iso, nargs);
}

/* Starts a request: async when the value at cb_idx is a function. keep_idx
 * (or DUK_INVALID_INDEX) is kept alive while the request runs. Call after
 * every argument has been validated: nothing may throw until fs_end. */
static fs_req *fs_begin(duk_context *ctx, duk_idx_t cb_idx, int res,
                        const char *syscall, duk_idx_t keep_idx) {
  jsrt_isolate *iso = fs_iso(ctx);
  fs_req *r;
  int async = duk_is_function(ctx, cb_idx);
  if (!async && !duk_is_undefined(ctx, cb_idx) && !duk_is_null(ctx, cb_idx))
    jsrt__throw_arg_type_raw(ctx, "callback", "function", cb_idx);
  if (async)
    jsrt__refs_reserve(ctx, 2); /* the refs below cannot throw: no leak */
  r = calloc(1, sizeof(*r));
  if (r == NULL)
    jsrt__throw_oom_raw(ctx);
  r->iso = iso;
  r->res = res;
  r->syscall = syscall;
  r->req.data = r;
  if (async) {
    r->cb = jsrt_ref(ctx, cb_idx);
    if (keep_idx != DUK_INVALID_INDEX)
      r->keep = jsrt_ref(ctx, keep_idx);
  }
  return r;
}

/* Finishes fs_begin + uv_fs_xxx(): an async request is now in flight
 * (returns undefined); a sync one returns its result or throws. */
static duk_ret_t fs_end(duk_context *ctx, fs_req *r, int rc) {
  int ok;
  if (r->cb) {
    if (rc < 0) { /* refused before reaching the pool */
      r->req.result = rc;
      ok = fs_push_outcome(ctx, r);
      fs_req_free(r);
      return ok ? 1 : duk_throw(ctx);
    }
    jsrt__req_start(r->iso);
    return 0;
  }
  ok = fs_push_outcome(ctx, r);
  fs_req_free(r);
  return ok ? 1 : duk_throw(ctx);
}

/* ---- the request bindings: one row each ----
 *
 * A binding is a row of fs_ops (its JS name, the syscall its errors name,
 * its arguments before the callback, its result) and a case of fs_dispatch
 * (its uv_fs_* call). fs_call, the one C function behind all of them (the
 * row is its magic), validates the arguments in order, then starts the
 * request: sync without a callback, async with one.
 *
 * Argument letters, one per JS argument ('B' takes three). Paths (upper
 * case, see fs_path_args) go to a.path[] in order; the others:
 *   f  an fd -> a.fd          i  an int -> a.i[]     n  a number -> a.n[]
 *   b  a flag -> a.b: the call's variant (readdir's withTypes, lchown,
 *      lutime, fdatasync; chosen in fs_dispatch)
 *   z  a length, int64, 0 if absent -> a.off
 *   q  a position, int64, -1 (the current one) if absent -> a.off
 *   B  buffer, offset, length -> a.buf; the buffer is kept alive while async
 */
static const struct {
  char letter;
  const char *name; /* in ERR_INVALID_ARG_TYPE */
  int follow;       /* fs_path's: 1 followed, 0 the link itself, -1 text */
} fs_path_args[] = {
    {'P', "path", 1},    {'L', "path", 0},    {'S', "src", 1},
    {'D', "dest", 1},    {'O', "oldPath", 0}, {'N', "newPath", 0},
    {'T', "target", -1}, {'X', "prefix", 0},
};

enum {
  FS_OP_OPEN,
  FS_OP_CLOSE,
  FS_OP_READ,
  FS_OP_WRITE,
  FS_OP_STAT,
  FS_OP_LSTAT,
  FS_OP_FSTAT,
  FS_OP_READDIR,
  FS_OP_MKDIR,
  FS_OP_MKDTEMP,
  FS_OP_RMDIR,
  FS_OP_UNLINK,
  FS_OP_RENAME,
  FS_OP_LINK,
  FS_OP_COPYFILE,
  FS_OP_SYMLINK,
  FS_OP_READLINK,
  FS_OP_REALPATH,
  FS_OP_STATFS,
  FS_OP_ACCESS,
  FS_OP_CHMOD,
  FS_OP_FCHMOD,
  FS_OP_CHOWN,
  FS_OP_FCHOWN,
  FS_OP_UTIMES,
  FS_OP_FUTIMES,
  FS_OP_FTRUNCATE,
  FS_OP_FSYNC,
  FS_NOPS
};

typedef struct {
  const char *name;    /* on the native object */
  const char *syscall; /* in error messages */
  const char *args;    /* letters above; the callback follows */
  int res;             /* FS_RES_* */
} fs_op;

/* In FS_OP_* order. */
static const fs_op fs_ops[FS_NOPS] = {
    {"open", "open", "Pii", FS_RES_INT},
    {"close", "close", "f", FS_RES_NONE},
    {"read", "read", "fBq", FS_RES_INT},
    {"write", "write", "fBq", FS_RES_INT},
    {"stat", "stat", "P", FS_RES_STAT},
    {"lstat", "lstat", "L", FS_RES_STAT},
    {"fstat", "fstat", "f", FS_RES_STAT},
    {"readdir", "scandir", "Pb", FS_RES_DIR},
    {"mkdir", "mkdir", "Pi", FS_RES_NONE},
    {"mkdtemp", "mkdtemp", "X", FS_RES_PATH},
    {"rmdir", "rmdir", "P", FS_RES_NONE},
    {"unlink", "unlink", "L", FS_RES_NONE},
    {"rename", "rename", "ON", FS_RES_NONE},
    {"link", "link", "ON", FS_RES_NONE},
    {"copyFile", "copyfile", "SDi", FS_RES_NONE},
    {"symlink", "symlink", "TL", FS_RES_NONE},
    {"readlink", "readlink", "L", FS_RES_PTR},
    {"realpath", "realpath", "P", FS_RES_PTR},
    {"statfs", "statfs", "P", FS_RES_STATFS},
    {"access", "access", "Pi", FS_RES_NONE},
    {"chmod", "chmod", "Pi", FS_RES_NONE},
    {"fchmod", "fchmod", "fi", FS_RES_NONE},
    {"chown", "chown", "Piib", FS_RES_NONE},
    {"fchown", "fchown", "fii", FS_RES_NONE},
    {"utimes", "utime", "Pnnb", FS_RES_NONE},
    {"futimes", "futime", "fnn", FS_RES_NONE},
    {"ftruncate", "ftruncate", "fz", FS_RES_NONE},
    {"fsync", "fsync", "fb", FS_RES_NONE},
};

/* One call's arguments, as fs_args_get read them; what a row does not
 * take stays 0 (the flags fs_dispatch passes to scandir and symlink). */
typedef struct {
  const char *path[2];
  uv_file fd;
  int i[2];
  double n[2];
  int b;
  int64_t off;
  uv_buf_t buf;
} fs_args;

/* Validated [off, off+len) of the buffer at idx. */
static uv_buf_t fs_buf(duk_context *ctx, duk_idx_t idx, duk_idx_t off_idx,
                       duk_idx_t len_idx) {
  duk_size_t size;
  char *p;
  double off, len;
  if (!duk_is_buffer_data(ctx, idx))
    jsrt__throw_arg_type_raw(ctx, "buffer",
                             "an instance of Buffer, TypedArray, or "
                             "DataView",
                             idx);
  p = duk_get_buffer_data(ctx, idx, &size);
  off = duk_get_number_default(ctx, off_idx, 0);
  len = duk_is_number(ctx, len_idx) ? duk_get_number(ctx, len_idx)
                                    : (double)size - off;
  if (!(off >= 0 && off <= (double)size))
    jsrt__throw_code_raw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                         "The value of \"offset\" is out of range. It must "
                         "be >= 0 && <= %lu. Received %g",
                         (unsigned long)size, off);
  if (!(len >= 0 && off + len <= (double)size))
    jsrt__throw_code_raw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                         "The value of \"length\" is out of range. It must "
                         "be >= 0 && <= %lu. Received %g",
                         (unsigned long)(size - (duk_size_t)off), len);
  return uv_buf_init(p + (size_t)off, (unsigned)len);
}

/* Reads op's arguments into a, throwing on the first bad one; returns the
 * callback's index. *keep: the index of a buffer to keep alive. */
static duk_idx_t fs_args_get(duk_context *ctx, const fs_op *op, fs_args *a,
                             duk_idx_t *keep) {
  const char *s;
  duk_idx_t idx = 0;
  int np = 0, ni = 0, nn = 0;
  size_t k;
  for (s = op->args; *s != '\0'; s++, idx++) {
    switch (*s) {
    case 'f':
      a->fd = fs_fd(ctx, idx);
      break;
    case 'i':
      a->i[ni++] = duk_to_int(ctx, idx);
      break;
    case 'n':
      a->n[nn++] = duk_to_number(ctx, idx);
      break;
    case 'b':
      a->b = duk_to_boolean(ctx, idx);
      break;
    case 'z':
    case 'q':
      a->off = fs_int64(ctx, idx, *s == 'z' ? 0 : -1);
      break;
    case 'B':
      a->buf = fs_buf(ctx, idx, idx + 1, idx + 2);
      *keep = idx;
      idx += 2;
      break;
    default: /* a path: its letter is in fs_path_args */
      for (k = 0; fs_path_args[k].letter != *s; k++)
        ;
      a->path[np++] = fs_path(ctx, idx, fs_path_args[k].name, op->syscall,
                              fs_path_args[k].follow);
    }
  }
  return idx;
}

/* The rows whose call takes one path and nothing else. */
static int (*const fs_path_calls[FS_NOPS])(uv_loop_t *, uv_fs_t *, const char *,
                                           uv_fs_cb) = {
    [FS_OP_STAT] = uv_fs_stat,         [FS_OP_LSTAT] = uv_fs_lstat,
    [FS_OP_MKDTEMP] = uv_fs_mkdtemp,   [FS_OP_RMDIR] = uv_fs_rmdir,
    [FS_OP_UNLINK] = uv_fs_unlink,     [FS_OP_READLINK] = uv_fs_readlink,
    [FS_OP_REALPATH] = uv_fs_realpath, [FS_OP_STATFS] = uv_fs_statfs,
};

/* The uv_fs_* call of each row; returns its status. */
static int fs_dispatch(int op, fs_req *r, fs_args *a) {
  uv_loop_t *loop = r->iso->loop;
  uv_fs_t *req = &r->req;
  uv_fs_cb cb = r->cb ? fs_done : NULL;
  const char *p = a->path[0], *p2 = a->path[1];
  if (fs_path_calls[op] != NULL)
    return fs_path_calls[op](loop, req, p, cb);
  switch (op) {
  case FS_OP_OPEN:
    return uv_fs_open(loop, req, p, a->i[0] | O_CLOEXEC, a->i[1], cb);
  case FS_OP_CLOSE:
    return uv_fs_close(loop, req, a->fd, cb);
  case FS_OP_READ:
    return uv_fs_read(loop, req, a->fd, &a->buf, 1, a->off, cb);
  case FS_OP_WRITE:
    return uv_fs_write(loop, req, a->fd, &a->buf, 1, a->off, cb);
  case FS_OP_FSTAT:
    return uv_fs_fstat(loop, req, a->fd, cb);
  case FS_OP_READDIR: /* (path, withTypes?): [names] or [names, types] */
    if (a->b)
      r->res = FS_RES_DIRENTS;
    return uv_fs_scandir(loop, req, p, 0, cb);
  case FS_OP_MKDIR:
    return uv_fs_mkdir(loop, req, p, a->i[0], cb);
  case FS_OP_RENAME:
    return uv_fs_rename(loop, req, p, p2, cb);
  case FS_OP_LINK:
    return uv_fs_link(loop, req, p, p2, cb);
  case FS_OP_COPYFILE:
    return uv_fs_copyfile(loop, req, p, p2, a->i[0], cb);
  case FS_OP_SYMLINK:
    return uv_fs_symlink(loop, req, p, p2, 0, cb);
  case FS_OP_ACCESS:
    return uv_fs_access(loop, req, p, a->i[0], cb);
  case FS_OP_CHMOD:
    return uv_fs_chmod(loop, req, p, a->i[0], cb);
  case FS_OP_FCHMOD:
    return uv_fs_fchmod(loop, req, a->fd, a->i[0], cb);
  case FS_OP_CHOWN: /* (path, uid, gid, lchown?) */
    if (a->b)
      r->syscall = "lchown";
    return (a->b ? uv_fs_lchown : uv_fs_chown)(loop, req, p, (uv_uid_t)a->i[0],
                                               (uv_gid_t)a->i[1], cb);
  case FS_OP_FCHOWN:
    return uv_fs_fchown(loop, req, a->fd, (uv_uid_t)a->i[0], (uv_gid_t)a->i[1],
                        cb);
  case FS_OP_UTIMES: /* (path, atime, mtime, lutimes?): seconds */
    if (a->b)
      r->syscall = "lutime";
    return (a->b ? uv_fs_lutime : uv_fs_utime)(loop, req, p, a->n[0], a->n[1],
                                               cb);
  case FS_OP_FUTIMES:
    return uv_fs_futime(loop, req, a->fd, a->n[0], a->n[1], cb);
  case FS_OP_FTRUNCATE:
    return uv_fs_ftruncate(loop, req, a->fd, a->off, cb);
  case FS_OP_FSYNC: /* (fd, dataOnly?) */
    if (a->b)
      r->syscall = "fdatasync";
    return (a->b ? uv_fs_fdatasync : uv_fs_fsync)(loop, req, a->fd, cb);
  }
  return UV_ENOSYS;
}

/* Every row's binding: validate, fs_begin, the uv call, fs_end. */
static duk_ret_t fs_call(duk_context *ctx) {
  int op = duk_get_current_magic(ctx);
  const fs_op *row = &fs_ops[op];
  fs_args a;
  duk_idx_t keep = DUK_INVALID_INDEX, cb;
  fs_req *r;
  memset(&a, 0, sizeof(a));
  cb = fs_args_get(ctx, row, &a, &keep);
  /* lchown and lutime act on the link itself, but their row's path check
   * followed it (as chown's and utime's): under fs_root the link's own
   * place must be inside too, or a link outside pointing in is changed. */
  if (a.b && (op == FS_OP_CHOWN || op == FS_OP_UTIMES)) {
    jsrt_isolate *iso = jsrt_from_context(ctx);
    if (iso->fs_root != NULL && fs_path_inside(iso->fs_root, a.path[0], 0) == 0)
      return jsrt__throw_uv(ctx, UV_EACCES,
                            op == FS_OP_CHOWN ? "lchown" : "lutime", a.path[0],
                            NULL);
  }
  r = fs_begin(ctx, cb, row->res, row->syscall, keep);
  return fs_end(ctx, r, fs_dispatch(op, r, &a));
}

/* ---- readFile / writeFile: whole-file jobs on the thread pool ---- */

/* Files up to this size are read in the first trip to the pool into
 * malloc'ed memory; bigger regular files get a Duktape buffer of their
 * size (allocated on the loop thread) and a second trip that reads into it
 * directly, so nothing is copied. */
#define FS_SMALL_FILE (64 * 1024)
/* Big files move in chunks of this size: one huge read()/write() is
 * measurably slower than cache-sized pieces (the copy to or from the page
 * cache streams through the CPU caches). */
#define FS_CHUNK (512 * 1024)

typedef struct {
  uv_work_t work;
  jsrt_isolate *iso;
  int cb, keep;
  int phase;  /* readFile: 1 open+stat(+small read), 2 big read */
  int write;  /* writeFile */
  char *path; /* NULL: fd given */
  uv_file fd;
  int flags, mode;
  int err; /* 0 or a UV_E* code */
  const char *syscall;
  char *data; /* read: malloc'ed (small/unknown size), write: borrowed */
  size_t len, cap;
  char *big; /* phase 2: the Duktape buffer's data */
  size_t big_len, big_got;
} fs_job;

static int fs_job_open(fs_job *j) {
  if (j->path == NULL)
    return 0;
  do
    j->fd = open(j->path, j->flags | O_CLOEXEC, j->mode);
  while (j->fd < 0 && errno == EINTR);
  if (j->fd < 0) {
    j->err = uv_translate_sys_error(errno);
    j->syscall = "open";
    return -1;
  }
  return 0;
}

static void fs_job_close(fs_job *j) {
  if (j->path != NULL && j->fd >= 0) {
    close(j->fd);
    j->fd = -1;
  }
}

/* Reads into p[0..cap) until full or EOF; returns bytes or -1 (err set). */
static ssize_t fs_job_read_into(fs_job *j, char *p, size_t cap) {
  size_t got = 0;
  while (got < cap) {
    size_t want = cap - got;
    ssize_t n;
    if (want > FS_CHUNK)
      want = FS_CHUNK;
    n = read(j->fd, p + got, want);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      j->err = uv_translate_sys_error(errno);
      j->syscall = "read";
      return -1;
    }
    if (n == 0)
      break;
    got += (size_t)n;
  }
  return (ssize_t)got;
}

/* Appends the rest of the file (unknown size) to j->data. */
static void fs_job_read_rest(fs_job *j) {
  for (;;) {
    ssize_t n;
    if (j->cap - j->len < 16384) {
      size_t ncap = j->cap ? j->cap * 2 : 65536;
      char *p = realloc(j->data, ncap);
      if (p == NULL) {
        j->err = UV_ENOMEM;
        j->syscall = "read";
        return;
      }
      j->data = p;
      j->cap = ncap;
    }
    n = fs_job_read_into(j, j->data + j->len, j->cap - j->len);
    if (n <= 0)
      return;
    j->len += (size_t)n;
  }
}

static void fs_job_work(uv_work_t *w) {
  fs_job *j = w->data;
  if (j->write) {
    size_t off = 0;
    if (fs_job_open(j) < 0)
      return;
    while (off < j->len) {
      size_t want = j->len - off;
      ssize_t n;
      if (want > FS_CHUNK)
        want = FS_CHUNK;
      n = write(j->fd, j->data + off, want);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0) {
        j->err = uv_translate_sys_error(errno);
        j->syscall = "write";
        break;
      }
      off += (size_t)n;
    }
    fs_job_close(j);
    return;
  }
  if (j->phase == 1) {
    struct stat st;
    if (fs_job_open(j) < 0)
      return;
    if (fstat(j->fd, &st) < 0) {
      j->err = uv_translate_sys_error(errno);
      j->syscall = "fstat";
    } else if (S_ISDIR(st.st_mode)) {
      j->err = UV_EISDIR;
      j->syscall = "read";
    } else if (S_ISREG(st.st_mode) && st.st_size > FS_SMALL_FILE) {
      j->big_len = (size_t)st.st_size;
      return; /* keep the fd for phase 2 */
    } else {
      fs_job_read_rest(j);
    }
    fs_job_close(j);
    return;
  }
  /* phase 2: into the Duktape buffer, then whatever grew past it */
  {
    ssize_t n = fs_job_read_into(j, j->big, j->big_len);
    if (n >= 0) {
      j->big_got = (size_t)n;
      if (j->big_got == j->big_len)
        fs_job_read_rest(j);
    }
    fs_job_close(j);
  }
}

static void fs_job_free(fs_job *j) {
  duk_context *ctx = j->iso->ctx;
  jsrt_unref(ctx, j->cb);
  jsrt_unref(ctx, j->keep);
  if (!j->write)
    free(j->data);
  free(j->path);
  free(j);
}

/* duk_safe_call bodies: allocations may hit the memory limit, and a throw
 * must neither longjmp through libuv nor leak the job. */
static duk_ret_t fs_job_alloc_safe(duk_context *ctx, void *udata) {
  fs_job *j = udata;
  if (j->big_len > 0x7fffffffu) /* Node's kIoMaxLength */
    return jsrt__throw_code(ctx, DUK_ERR_RANGE_ERROR, "ERR_FS_FILE_TOO_LARGE",
                            "File size (%.0f) is greater than 2 GiB",
                            (double)j->big_len);
  j->big = duk_push_buffer_raw(ctx, j->big_len, DUK_BUF_FLAG_NOZERO);
  return 1;
}

/* [... big|undefined] -> [... ArrayBuffer of the bytes read] */
static duk_ret_t fs_job_result_safe(duk_context *ctx, void *udata) {
  fs_job *j = udata;
  if (j->phase == 2 && j->len == 0) {
    duk_push_buffer_object(ctx, -1, 0, j->big_got, DUK_BUFOBJ_ARRAYBUFFER);
  } else {
    size_t head = j->phase == 2 ? j->big_got : 0;
    char *p = duk_push_fixed_buffer(ctx, head + j->len);
    if (head)
      memcpy(p, j->big, head);
    if (j->len)
      memcpy(p + head, j->data, j->len);
    duk_push_buffer_object(ctx, -1, 0, head + j->len, DUK_BUFOBJ_ARRAYBUFFER);
    duk_remove(ctx, -2);
  }
  return 1;
}

static void fs_job_after(uv_work_t *w, int status) {
  fs_job *j = w->data;
  jsrt_isolate *iso = j->iso;
  duk_context *ctx = iso->ctx;
  (void)status;
  jsrt__req_done(iso);
  if (iso->closing || iso->exited || iso->fatal) {
    fs_job_close(j);
    fs_job_free(j);
    return;
  }
  if (!j->write && j->err == 0 && j->phase == 1 && j->big_len > 0) {
    /* A big regular file: a buffer of its size, filled in phase 2. */
    if (duk_safe_call(ctx, fs_job_alloc_safe, j, 0, 1) == DUK_EXEC_SUCCESS) {
      j->keep = jsrt_ref(ctx, -1);
      duk_pop(ctx);
      j->phase = 2;
      jsrt__req_start(iso);
      if (uv_queue_work(iso->loop, &j->work, fs_job_work, fs_job_after) == 0)
        return;
      jsrt__req_done(iso);
    } else {
      /* The allocation's error (memory limit, over 2 GiB) is the result. */
      fs_job_close(j);
      jsrt_push_ref(ctx, j->cb);
      duk_push_undefined(ctx);
      duk_pull(ctx, -3);
      fs_job_free(j);
      jsrt__callback(iso, 1);
      return;
    }
    j->err = UV_ENOMEM;
    j->syscall = "read";
    fs_job_close(j);
  }
  jsrt_push_ref(ctx, j->cb);
  duk_push_undefined(ctx);
  if (j->err != 0) {
    jsrt__push_uv_error(ctx, j->err, j->syscall, j->path, NULL);
    fs_job_free(j);
    jsrt__callback(iso, 1);
    return;
  }
  duk_push_null(ctx);
  if (j->write) {
    fs_job_free(j);
    jsrt__callback(iso, 1);
    return;
  }
  if (j->phase == 2)
    jsrt_push_ref(ctx, j->keep);
  else
    duk_push_undefined(ctx);
  if (duk_safe_call(ctx, fs_job_result_safe, j, 1, 1) != DUK_EXEC_SUCCESS)
    duk_remove(ctx, -2); /* (err) instead of (null, result) */
  fs_job_free(j);
  jsrt__callback(iso, duk_is_null(ctx, -2) ? 2 : 1);
}

/* Sync: the same work on this thread. */
static duk_ret_t fs_job_sync(duk_context *ctx, fs_job *j) {
  fs_job_work(&j->work);
  if (!j->write && j->err == 0 && j->big_len > 0) {
    if (duk_safe_call(ctx, fs_job_alloc_safe, j, 0, 1) == DUK_EXEC_SUCCESS) {
      j->phase = 2;
      fs_job_work(&j->work);
    } else {
      fs_job_close(j);
      fs_job_free(j);
      return duk_throw(ctx);
    }
  } else {
    duk_push_undefined(ctx);
  }
  if (j->err != 0) {
    jsrt__push_uv_error(ctx, j->err, j->syscall, j->path, NULL);
    fs_job_free(j);
    return duk_throw(ctx);
  }
  if (j->write) {
    fs_job_free(j);
    return 0;
  }
  if (duk_safe_call(ctx, fs_job_result_safe, j, 1, 1) != DUK_EXEC_SUCCESS) {
    fs_job_free(j);
    return duk_throw(ctx);
  }
  fs_job_free(j);
  return 1;
}

static fs_job *fs_job_new(duk_context *ctx, duk_idx_t target) {
  jsrt_isolate *iso = fs_iso(ctx);
  fs_job *j;
  const char *path = NULL;
  uv_file fd = -1;
  if (duk_is_string(ctx, target))
    path = fs_path(ctx, target, "path", "open", 1);
  else
    fd = fs_fd(ctx, target);
  jsrt__refs_reserve(ctx, 2); /* fs_job_start's refs cannot throw */
  j = calloc(1, sizeof(*j));
  if (j == NULL || (path != NULL && (j->path = strdup(path)) == NULL)) {
    free(j);
    jsrt__throw_oom_raw(ctx);
  }
  j->iso = iso;
  j->fd = fd;
  j->work.data = j;
  j->phase = 1;
  return j;
}

static duk_ret_t fs_job_start(duk_context *ctx, fs_job *j, duk_idx_t cb,
                              duk_idx_t keep) {
  int rc;
  if (!duk_is_function(ctx, cb))
    return fs_job_sync(ctx, j);
  j->cb = jsrt_ref(ctx, cb);
  if (keep != DUK_INVALID_INDEX)
    j->keep = jsrt_ref(ctx, keep);
  rc = uv_queue_work(j->iso->loop, &j->work, fs_job_work, fs_job_after);
  if (rc < 0) {
    fs_job_free(j);
    return jsrt__throw_uv(ctx, rc, "open", NULL, NULL);
  }
  jsrt__req_start(j->iso);
  return 0;
}

/* readFile(pathOrFd, flags, cb) -> ArrayBuffer (cb(err, ab)) */
static duk_ret_t fs_read_file(duk_context *ctx) {
  int flags = duk_to_int(ctx, 1);
  fs_job *j;
  if (!duk_is_function(ctx, 2) && !duk_is_undefined(ctx, 2))
    jsrt__throw_arg_type_raw(ctx, "callback", "function", 2);
  j = fs_job_new(ctx, 0);
  j->flags = flags;
  return fs_job_start(ctx, j, 2, DUK_INVALID_INDEX);
}

/* writeFile(pathOrFd, buffer, flags, mode, cb) */
static duk_ret_t fs_write_file(duk_context *ctx) {
  duk_size_t len;
  char *data;
  int flags = duk_to_int(ctx, 2), mode = duk_to_int(ctx, 3);
  fs_job *j;
  if (!duk_is_buffer_data(ctx, 1))
    jsrt__throw_arg_type_raw(ctx, "data", "an instance of Buffer", 1);
  if (!duk_is_function(ctx, 4) && !duk_is_undefined(ctx, 4))
    jsrt__throw_arg_type_raw(ctx, "callback", "function", 4);
  data = duk_get_buffer_data(ctx, 1, &len);
  j = fs_job_new(ctx, 0);
  j->write = 1;
  j->data = data;
  j->len = len;
  j->flags = flags;
  j->mode = mode;
  return fs_job_start(ctx, j, 4, 1);
}

/* ---- watch (uv_fs_event_t) and watchFile (uv_fs_poll_t) ---- */

#define FS_WATCH_PTR                                                           \
  "\xff"                                                                       \
  "watcher"

typedef struct {
  jsrt__handle h;
  union {
    uv_handle_t handle;
    uv_fs_event_t event;
    uv_fs_poll_t poll;
  } u;
  int self, cb; /* refs while open: the JS wrapper and its callback */
} fs_watcher;

static void fs_watcher_closed(uv_handle_t *uvh) { free(uvh->data); }

static void fs_watcher_close(jsrt__handle *h) {
  fs_watcher *w = (fs_watcher *)h;
  jsrt_isolate *iso = h->iso;
  if (iso == NULL || uv_is_closing(&w->u.handle))
    return;
  if (w->self) {
    jsrt_push_ref(iso->ctx, w->self);
    duk_push_pointer(iso->ctx, NULL);
    duk_put_prop_string(iso->ctx, -2, FS_WATCH_PTR);
    duk_pop(iso->ctx);
  }
  jsrt_unref(iso->ctx, w->self);
  jsrt_unref(iso->ctx, w->cb);
  w->self = w->cb = 0;
  jsrt__handle_unlink(h);
  uv_close(&w->u.handle, fs_watcher_closed);
}

/* onchange(null, 'rename' | 'change', filename) or onchange(err) */
static void fs_on_event(uv_fs_event_t *ev, const char *filename, int events,
                        int status) {
  fs_watcher *w = ev->data;
  jsrt_isolate *iso = w->h.iso;
  duk_context *ctx;
  if (iso == NULL)
    return;
  ctx = iso->ctx;
  jsrt_push_ref(ctx, w->cb);
  jsrt_push_ref(ctx, w->self);
  if (status < 0) {
    jsrt__push_uv_error(ctx, status, "watch", NULL, NULL);
    jsrt__callback(iso, 1);
    return;
  }
  duk_push_null(ctx);
  duk_push_string(ctx, (events & UV_RENAME) ? "rename" : "change");
  if (filename != NULL)
    duk_push_string(ctx, filename);
  else
    duk_push_null(ctx);
  jsrt__callback(iso, 3);
}

/* onchange(status, curr, prev): status 0 or a uv error (then the stats
 * are all zero, as Node reports a missing file). */
static void fs_on_poll(uv_fs_poll_t *p, int status, const uv_stat_t *prev,
                       const uv_stat_t *curr) {
  fs_watcher *w = p->data;
  jsrt_isolate *iso = w->h.iso;
  duk_context *ctx;
  static const uv_stat_t zero;
  if (iso == NULL)
    return;
  ctx = iso->ctx;
  jsrt_push_ref(ctx, w->cb);
  jsrt_push_ref(ctx, w->self);
  duk_push_int(ctx, status);
  fs_push_stat(ctx, status < 0 ? &zero : curr);
  fs_push_stat(ctx, prev != NULL ? prev : &zero);
  jsrt__callback(iso, 3);
}

/* watch(wrapper, path, recursive, persistent, onchange) / poll(wrapper,
 * path, interval, persistent, onchange): starts the handle or throws the
 * uv error (ENOENT...). */
static duk_ret_t fs_watch_start(duk_context *ctx, int poll) {
  jsrt_isolate *iso = fs_iso(ctx);
  const char *path = fs_path(ctx, 1, "filename", "watch", 1);
  int flag = duk_to_int(ctx, 2), persistent = duk_to_boolean(ctx, 3), rc;
  fs_watcher *w;
  duk_require_object(ctx, 0);
  jsrt__require_function(ctx, 4, "listener");
  if (iso->exited)
    return 0;
  w = calloc(1, sizeof(*w));
  if (w == NULL)
    return jsrt__throw_oom(ctx);
  if (poll) {
    uv_fs_poll_init(iso->loop, &w->u.poll);
    w->u.handle.data = w;
    rc = uv_fs_poll_start(&w->u.poll, fs_on_poll, path,
                          (unsigned)(flag > 0 ? flag : 1));
  } else {
    uv_fs_event_init(iso->loop, &w->u.event);
    w->u.handle.data = w;
    rc = uv_fs_event_start(&w->u.event, fs_on_event, path,
                           flag ? UV_FS_EVENT_RECURSIVE : 0);
  }
  jsrt__handle_link(iso, &w->h, &w->u.handle, fs_watcher_close);
  if (rc != 0) {
    fs_watcher_close(&w->h);
    return jsrt__throw_uv(ctx, rc, "watch", path, NULL);
  }
  if (!persistent)
    uv_unref(&w->u.handle);
  w->self = jsrt_ref(ctx, 0);
  w->cb = jsrt_ref(ctx, 4);
  duk_push_pointer(ctx, w);
  duk_put_prop_string(ctx, 0, FS_WATCH_PTR);
  return 0;
}

static duk_ret_t fs_watch(duk_context *ctx) { return fs_watch_start(ctx, 0); }
static duk_ret_t fs_poll(duk_context *ctx) { return fs_watch_start(ctx, 1); }

static fs_watcher *fs_watcher_get(duk_context *ctx) {
  fs_watcher *w = NULL;
  if (duk_is_object(ctx, 0)) {
    duk_get_prop_string(ctx, 0, FS_WATCH_PTR);
    w = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
  }
  return w;
}

static duk_ret_t fs_watch_close(duk_context *ctx) {
  fs_watcher *w = fs_watcher_get(ctx);
  if (w != NULL)
    fs_watcher_close(&w->h);
  return 0;
}

static duk_ret_t fs_watch_ref(duk_context *ctx) {
  fs_watcher *w = fs_watcher_get(ctx);
  if (w != NULL) {
    if (duk_to_boolean(ctx, 1))
      uv_ref(&w->u.handle);
    else
      uv_unref(&w->u.handle);
  }
  return 0;
}

static const duk_function_list_entry fs_funcs[] = {
    {"readFile", fs_read_file, 3},
    {"writeFile", fs_write_file, 5},
    {"watch", fs_watch, 5},
    {"poll", fs_poll, 5},
    {"watchClose", fs_watch_close, 1},
    {"watchRef", fs_watch_ref, 2},
    {NULL, NULL, 0}};

#define FS_CONST(n)                                                            \
  { #n, (double)(n) }
static const duk_number_list_entry fs_consts[] = {
    FS_CONST(O_RDONLY),
    FS_CONST(O_WRONLY),
    FS_CONST(O_RDWR),
    FS_CONST(O_CREAT),
    FS_CONST(O_EXCL),
    FS_CONST(O_NOCTTY),
    FS_CONST(O_TRUNC),
    FS_CONST(O_APPEND),
    FS_CONST(O_DIRECTORY),
    FS_CONST(O_NOATIME),
    FS_CONST(O_NOFOLLOW),
    FS_CONST(O_SYNC),
    FS_CONST(O_DSYNC),
    FS_CONST(O_DIRECT),
    FS_CONST(O_NONBLOCK),
    FS_CONST(S_IFMT),
    FS_CONST(S_IFREG),
    FS_CONST(S_IFDIR),
    FS_CONST(S_IFCHR),
    FS_CONST(S_IFBLK),
    FS_CONST(S_IFIFO),
    FS_CONST(S_IFLNK),
    FS_CONST(S_IFSOCK),
    FS_CONST(S_IRWXU),
    FS_CONST(S_IRUSR),
    FS_CONST(S_IWUSR),
    FS_CONST(S_IXUSR),
    FS_CONST(S_IRWXG),
    FS_CONST(S_IRGRP),
    FS_CONST(S_IWGRP),
    FS_CONST(S_IXGRP),
    FS_CONST(S_IRWXO),
    FS_CONST(S_IROTH),
    FS_CONST(S_IWOTH),
    FS_CONST(S_IXOTH),
    FS_CONST(F_OK),
    FS_CONST(R_OK),
    FS_CONST(W_OK),
    FS_CONST(X_OK),
    {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
    {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN},
    {"UV_DIRENT_FILE", UV_DIRENT_FILE},
    {"UV_DIRENT_DIR", UV_DIRENT_DIR},
    {"UV_DIRENT_LINK", UV_DIRENT_LINK},
    {"UV_DIRENT_FIFO", UV_DIRENT_FIFO},
    {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
    {"UV_DIRENT_CHAR", UV_DIRENT_CHAR},
    {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
    {NULL, 0}};

duk_ret_t jsrt__open_fs(duk_context *ctx) {
  int i;
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, fs_funcs);
  for (i = 0; i < FS_NOPS; i++) {
    const char *s;
    duk_idx_t nargs = 1; /* the callback */
    for (s = fs_ops[i].args; *s != '\0'; s++)
      nargs += *s == 'B' ? 3 : 1;
    duk_push_c_function(ctx, fs_call, nargs);
    duk_set_magic(ctx, -1, i);
    duk_put_prop_string(ctx, -2, fs_ops[i].name);
  }
  duk_push_object(ctx);
  duk_put_number_list(ctx, -1, fs_consts);
  duk_put_prop_string(ctx, -2, "constants");
  return 1;
}
