using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// shutil, following Python 2.7's shutil.py step for step (so errors, messages and the order of
/// operations match): copyfileobj, copyfile, copymode, copystat, copy, copy2, copytree,
/// ignore_patterns, rmtree, move, and the Error/SpecialFileError exceptions.
/// </summary>
[PythonModule("shutil")]
public static class shutil
{
    public static readonly PyObject Error = MakeError("Error", PyExceptionTypes.EnvironmentError);
    public static readonly PyObject SpecialFileError = MakeError("SpecialFileError", PyExceptionTypes.EnvironmentError);
    public static readonly PyObject ExecError = MakeError("ExecError", PyExceptionTypes.EnvironmentError);

    static PyObject MakeError(string name, PyType baseType)
    {
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.FromString("shutil"));
        return PyType.MakeClass(name, PyTuple.Create(baseType), dict);
    }

    static PythonException Raise(PyObject type, PyObject arg) => Ops.MakeRaise(type, arg, null);

    static string B(PyObject p) => PathArgument.Bytes(p);

    public static void copyfileobj(PyObject fsrc, PyObject fdst, PyObject length = null)
    {
        var len = length ?? PyInt.From(16 * 1024);
        var read = Ops.GetAttr(fsrc, "read");
        var write = Ops.GetAttr(fdst, "write");
        while (true)
        {
            var buf = Ops.Call(read, len);
            if (!Ops.IsTrue(buf)) break;
            Ops.Call(write, buf);
        }
    }

    static bool SameFile(PyObject src, PyObject dst)
    {
        try { return posixpath.samefile(src, dst); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { return false; }
    }

    public static void copyfile(PyObject src, PyObject dst)
    {
        if (SameFile(src, dst))
            throw Raise(Error, PyStr.FromString($"`{Ops.StrValue(src)}` and `{Ops.StrValue(dst)}` are the same file"));
        foreach (var fn in new[] { src, dst })
        {
            if (PosixCalls.TryStat(B(fn)) is { } st && (st.Mode & 0xF000) == 0x1000)
                throw Raise(SpecialFileError, PyStr.FromString($"`{Ops.StrValue(fn)}` is a named pipe"));
        }
        var fsrc = PyFile.Open(src, "rb", -1);
        try
        {
            var fdst = PyFile.Open(dst, "wb", -1);
            try { copyfileobj(fsrc, fdst); }
            finally { fdst.Close(); }
        }
        finally { fsrc.Close(); }
    }

    public static void copymode(PyObject src, PyObject dst)
    {
        var st = os.stat(src);
        os.chmod(dst, stat.S_IMODE(Ops.GetAttr(st, "st_mode")));
    }

    public static void copystat(PyObject src, PyObject dst)
    {
        var st = os.stat(src);
        var mode = stat.S_IMODE(Ops.GetAttr(st, "st_mode"));
        os.utime(dst, PyTuple.Create(Ops.GetAttr(st, "st_atime"), Ops.GetAttr(st, "st_mtime")));
        os.chmod(dst, mode);
    }

    public static void copy(PyObject src, PyObject dst)
    {
        if (posixpath.isdir(dst)) dst = posixpath.join(dst, posixpath.basename(src));
        copyfile(src, dst);
        copymode(src, dst);
    }

    public static void copy2(PyObject src, PyObject dst)
    {
        if (posixpath.isdir(dst)) dst = posixpath.join(dst, posixpath.basename(src));
        copyfile(src, dst);
        copystat(src, dst);
    }

    /// <summary>ignore_patterns(*patterns): a function for copytree's ignore argument.</summary>
    public static PyObject ignore_patterns(params PyObject[] patterns)
    {
        var pats = Array.ConvertAll(patterns, p => Ops.StrValue(p));
        return NativeFunction.Create("_ignore_patterns", (path, names) =>
        {
            var ignored = new PySet();
            foreach (var pat in pats)
                foreach (var n in Ops.Enumerate(names))
                    if (FnmatchPattern.MatchCase(Ops.StrValue(n), pat)) ignored.Add(n);
            return ignored;
        });
    }

    public static void copytree(PyObject src, PyObject dst, PyObject symlinks = null, PyObject ignore = null)
    {
        bool links = symlinks != null && Ops.IsTrue(symlinks);
        var names = os.listdir(src);
        PyObject ignored = ignore is null or PyNone ? new PySet() : Ops.Call(ignore, src, names);
        os.makedirs(dst);
        var errors = new PyList();
        foreach (var name in Ops.Enumerate(names))
        {
            if (Ops.In(name, ignored)) continue;
            var srcname = posixpath.join(src, name);
            var dstname = posixpath.join(dst, name);
            try
            {
                if (links && posixpath.islink(srcname)) os.symlink(os.readlink(srcname), dstname);
                else if (posixpath.isdir(srcname)) copytree(srcname, dstname, symlinks, ignore);
                else copy2(srcname, dstname);
            }
            catch (PythonException e) when (e.Matches(Error))
            {
                foreach (var item in Ops.Enumerate(Ops.GetItem(Ops.GetAttr(e.Value, "args"), PyInt.From(0)))) errors.Append(item);
            }
            catch (PythonException e) when (e.Is(PyExceptionTypes.EnvironmentError))
            {
                errors.Append(PyTuple.Create(srcname, dstname, Ops.Str(e.Value)));
            }
        }
        try { copystat(src, dst); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError))
        {
            errors.Append(PyTuple.Create(src, dst, Ops.Str(e.Value)));
        }
        if (errors.Len() > 0) throw Raise(Error, errors);
    }

    /// <summary>rmtree(path, ignore_errors=False, onerror=None): onerror(function, path, exc_info).</summary>
    public static void rmtree(PyObject path, PyObject ignore_errors = null, PyObject onerror = null)
    {
        bool ignore = ignore_errors != null && Ops.IsTrue(ignore_errors);
        Action<string, PyObject, PythonException> onError = (function, p, e) =>
        {
            if (ignore) return;
            if (onerror is null or PyNone) throw e;
            var module = Importer.ImportModule(function == "islink" ? "posixpath" : "os");
            Ops.Call(onerror, Ops.GetAttr(module, function), p, PyTuple.Create(e.Value.Type, e.Value, PyNone.None));
        };
        RemoveTree(path, onError);
    }

    static void RemoveTree(PyObject path, Action<string, PyObject, PythonException> onError)
    {
        if (posixpath.islink(path))
        {
            var e = Ops.MakeRaise(PyExceptionTypes.OSError, PyStr.FromString("Cannot call rmtree on a symbolic link"), null);
            onError("islink", path, e);
            return;
        }
        PyObject names = new PyList();
        try { names = os.listdir(path); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { onError("listdir", path, e); }
        foreach (var name in Ops.Enumerate(names))
        {
            var fullname = posixpath.join(path, name);
            var st = PosixCalls.TryStat(B(fullname), false);
            if (st is { } s && (s.Mode & 0xF000) == 0x4000) RemoveTree(fullname, onError);
            else
            {
                try { os.remove(fullname); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { onError("remove", fullname, e); }
            }
        }
        try { os.rmdir(path); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { onError("rmdir", path, e); }
    }

    static PyObject BaseName(PyObject path) => posixpath.basename(PyStr.FromString(B(path).TrimEnd('/')));

    public static void move(PyObject src, PyObject dst)
    {
        var realDst = dst;
        if (posixpath.isdir(dst))
        {
            if (SameFile(src, dst)) { os.rename(src, dst); return; }
            realDst = posixpath.join(dst, BaseName(src));
            if (posixpath.exists(realDst))
                throw Raise(Error, PyStr.FromString($"Destination path '{Ops.StrValue(realDst)}' already exists"));
        }
        try { os.rename(src, realDst); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError))
        {
            if (posixpath.islink(src))
            {
                os.symlink(os.readlink(src), realDst);
                os.unlink(src);
            }
            else if (posixpath.isdir(src))
            {
                string s = PosixPathText.AbsPath(B(src), PosixCalls.GetCwd), d = PosixPathText.AbsPath(B(dst), PosixCalls.GetCwd);
                if (!s.EndsWith('/')) s += "/";
                if (!d.EndsWith('/')) d += "/";
                if (d.StartsWith(s))
                    throw Raise(Error, PyStr.FromString($"Cannot move a directory '{Ops.StrValue(src)}' into itself '{Ops.StrValue(dst)}'."));
                copytree(src, realDst, PyBool.True);
                rmtree(src);
            }
            else
            {
                copy2(src, realDst);
                os.unlink(src);
            }
        }
    }
}
