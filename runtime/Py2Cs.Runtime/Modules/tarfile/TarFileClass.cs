using tarfileModule = Py2Cs.Runtime.tarfile;
using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.tarfile
{
    /// <summary>
    /// tarfile.TarFile as an ordinary Python class following tarfile.py method by method: its state
    /// (fileobj, members, offset, mode, _loaded, closed...) is in the instance dict and it calls its
    /// own methods (next, addfile, gettarinfo, makefile, chmod...) through attribute look-up, so
    /// subclass overrides are honoured.
    /// </summary>
    internal static class TarFileClass
    {
        private static PyFunction Fn(string name, string[] p, Func<PyObject[], PyObject> body, PyObject[] defaults = null, string varArgs = null, string kwArgs = null) =>
            PyFunction.WithBoundArguments(new FunctionSignature(name, p, varArgs, kwArgs), body, defaults);

        private static PyObject Os => Mod("os");
        private static PyObject OsPath => Mod("os.path");

        private static void Check(PyObject self, string modes = null)
        {
            if (True(Get(self, "closed"))) throw Ops.IOError(Text(ClassName(self)) + " is closed");
            if (modes != null && !modes.Contains(Text(Get(self, "mode"))))
                throw Ops.IOError("bad operation for mode " + Ops.Repr(Get(self, "mode")));
        }

        private static void Dbg(PyObject self, int level, string msg)
        {
            if (L(Get(self, "debug")) >= level)
            {
                PyObject stderr = Get(Mod("sys"), "stderr");
                Builtins.PrintItem(stderr, S(msg));
                Builtins.PrintNewline(stderr);
            }
        }

        /// <summary>Calls f(args..., **kwargs).</summary>
        private static PyObject CallKw(PyObject f, PyObject[] args, PyObject kwargs) => Ops.CallEx(f, args, null, null, kwargs);

        public static PyType Build(PyType tarInfo, PyType exFileObject)
        {
            var openMeth = new PyDict();
            openMeth.SetItemCore(S("tar"), S("taropen"));
            openMeth.SetItemCore(S("gz"), S("gzopen"));
            openMeth.SetItemCore(S("bz2"), S("bz2open"));
            return new PythonClassBuilder("tarfile", "TarFile", PyType.ObjectType)
                .Attribute("__doc__", S("The TarFile Class provides an interface to tar archives.\n    "))
                .Attribute("debug", I(0))
                .Attribute("dereference", PyBool.False)
                .Attribute("ignore_zeros", PyBool.False)
                .Attribute("errorlevel", I(1))
                .Attribute("format", I(TarHeader.GnuFormat))
                .Attribute("encoding", tarfileModule.ENCODING)
                .Attribute("errors", None)
                .Attribute("tarinfo", tarInfo)
                .Attribute("fileobject", exFileObject)
                .Attribute("OPEN_METH", openMeth)
                .Method("__init__", new[] { "self", "name", "mode", "fileobj", "format", "tarinfo", "dereference", "ignore_zeros", "encoding", "errors", "pax_headers", "debug", "errorlevel" },
                    a => Init(a), defaults: new[] { None, S("r"), None, None, None, None, None, None, None, None, None, None })
                .Attribute("posix", new PyProperty(
                    Fn("_getposix", new[] { "self" }, a => PyBool.From(L(Get(a[0], "format")) == TarHeader.UstarFormat)),
                    Fn("_setposix", new[] { "self", "value" }, a =>
                    {
                        Ops.Call(Get(Mod("warnings"), "warn"), S("use the format attribute instead"), PyExceptionTypes.DeprecationWarning, I(2));
                        Set(a[0], "format", I(True(a[1]) ? TarHeader.UstarFormat : TarHeader.GnuFormat));
                        return None;
                    }), null, None))
                .Attribute("open", new PyClassMethod(Fn("open", new[] { "cls", "name", "mode", "fileobj", "bufsize" }, a => Open(a[0], a[1], a[2], a[3], a[4], a[5]),
                    new[] { None, S("r"), None, I(TarHeader.RecordSize) }, kwArgs: "kwargs")))
                .Attribute("taropen", new PyClassMethod(Fn("taropen", new[] { "cls", "name", "mode", "fileobj" }, a =>
                {
                    string mode = Text(a[2]);
                    if (mode != "r" && mode != "a" && mode != "w") throw Ops.ValueError("mode must be 'r', 'a' or 'w'");
                    return CallKw(a[0], new[] { a[1], a[2], a[3] }, a[4]);
                }, new[] { S("r"), None }, kwArgs: "kwargs")))
                .Attribute("gzopen", new PyClassMethod(Fn("gzopen", new[] { "cls", "name", "mode", "fileobj", "compresslevel" }, a => GzOpen(a[0], a[1], a[2], a[3], a[4], a[5]),
                    new[] { S("r"), None, I(9) }, kwArgs: "kwargs")))
                .Attribute("bz2open", new PyClassMethod(Fn("bz2open", new[] { "cls", "name", "mode", "fileobj", "compresslevel" }, a =>
                {
                    string mode = Text(a[2]);
                    if (mode != "r" && mode != "w") throw Ops.ValueError("mode must be 'r' or 'w'.");
                    // this runtime has no bz2 module (.NET has no bzip2 codec): 2.7 without bz2 says
                    throw Raise(tarfileModule.CompressionError, "bz2 module is not available");
                }, new[] { S("r"), None, I(9) }, kwArgs: "kwargs")))
                .Method("close", new[] { "self" }, a => Close(a[0]))
                .Method("getmember", new[] { "self", "name" }, a =>
                {
                    PyObject ti = Call(a[0], "_getmember", a[1]);
                    if (ti is PyNone) throw Ops.KeyError(S("filename " + Ops.Repr(a[1]) + " not found"));
                    return ti;
                })
                .Method("getmembers", new[] { "self" }, a =>
                {
                    Check(a[0]);
                    if (!True(Get(a[0], "_loaded"))) Call(a[0], "_load");
                    return Get(a[0], "members");
                })
                .Method("getnames", new[] { "self" }, a =>
                {
                    var names = new PyList();
                    var it = Ops.Iter(Call(a[0], "getmembers"));
                    for (var m = it.Next(); m != null; m = it.Next()) names.Append(Get(m, "name"));
                    return names;
                })
                .Method("gettarinfo", new[] { "self", "name", "arcname", "fileobj" }, a => GetTarInfo(a[0], a[1], a[2], a[3]), new[] { None, None, None })
                .Method("list", new[] { "self", "verbose" }, a => List(a[0], True(a[1])), new PyObject[] { PyBool.True })
                .Method("add", new[] { "self", "name", "arcname", "recursive", "exclude", "filter" }, a => Add(a[0], a[1], a[2], a[3], a[4], a[5]),
                    new PyObject[] { None, PyBool.True, None, None })
                .Method("addfile", new[] { "self", "tarinfo", "fileobj" }, a => AddFile(a[0], a[1], a[2]), new[] { None })
                .Method("extractall", new[] { "self", "path", "members" }, a => ExtractAll(a[0], a[1], a[2]), new[] { S("."), None })
                .Method("extract", new[] { "self", "member", "path" }, a => Extract(a[0], a[1], a[2]), new[] { S("") })
                .Method("extractfile", new[] { "self", "member" }, a => ExtractFile(a[0], a[1]))
                .Method("_extract_member", new[] { "self", "tarinfo", "targetpath" }, a => ExtractMember(a[0], a[1], a[2]))
                .Method("makedir", new[] { "self", "tarinfo", "targetpath" }, a =>
                {
                    try { Call(Os, "mkdir", a[2], I(0x1c0)); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.EnvironmentError))
                    {
                        if (!Ops.Eq(Get(e.Value, "errno"), I(17))) throw;
                    }
                    return None;
                })
                .Method("makefile", new[] { "self", "tarinfo", "targetpath" }, a =>
                {
                    PyObject source = Call(a[0], "extractfile", a[1]);
                    try
                    {
                        PyObject target = PyFile.Open(a[2], "wb", -1);
                        try { tarfileModule.copyfileobj(source, target); }
                        finally { Call(target, "close"); }
                    }
                    finally { Call(source, "close"); }
                    return None;
                })
                .Method("makeunknown", new[] { "self", "tarinfo", "targetpath" }, a =>
                {
                    Call(a[0], "makefile", a[1], a[2]);
                    Dbg(a[0], 1, "tarfile: Unknown file type " + Ops.Repr(Get(a[1], "type")) + ", extracted as regular file.");
                    return None;
                })
                .Method("makefifo", new[] { "self", "tarinfo", "targetpath" }, a => Call(Os, "mkfifo", a[2]))
                .Method("makedev", new[] { "self", "tarinfo", "targetpath" }, a =>
                {
                    if (Ops.GetAttrOrNull(Os, "mknod") == null || Ops.GetAttrOrNull(Os, "makedev") == null)
                        throw Raise(tarfileModule.ExtractError, "special devices not supported by system");
                    PyObject mode = Get(a[1], "mode");
                    mode = Ops.BitOr(mode, I(True(Call(a[1], "isblk")) ? 0x6000 : 0x2000));
                    return Call(Os, "mknod", a[2], mode, Call(Os, "makedev", Get(a[1], "devmajor"), Get(a[1], "devminor")));
                })
                .Method("makelink", new[] { "self", "tarinfo", "targetpath" }, a =>
                {
                    PyObject self = a[0], ti = a[1], target = a[2];
                    if (True(Call(ti, "issym")))
                    {
                        if (True(Call(OsPath, "lexists", target))) Call(Os, "unlink", target);
                        Call(Os, "symlink", Get(ti, "linkname"), target);
                    }
                    else if (True(Call(OsPath, "exists", Get(ti, "_link_target"))))
                    {
                        if (True(Call(OsPath, "lexists", target))) Call(Os, "unlink", target);
                        Call(Os, "link", Get(ti, "_link_target"), target);
                    }
                    else Call(self, "_extract_member", Call(self, "_find_link_target", ti), target);
                    return None;
                })
                .Method("chown", new[] { "self", "tarinfo", "targetpath" }, a => Chown(a[1], a[2]))
                .Method("chmod", new[] { "self", "tarinfo", "targetpath" }, a =>
                {
                    try { Call(Os, "chmod", a[2], Get(a[1], "mode")); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.EnvironmentError)) { throw Raise(tarfileModule.ExtractError, "could not change mode"); }
                    return None;
                })
                .Method("utime", new[] { "self", "tarinfo", "targetpath" }, a =>
                {
                    try { Call(Os, "utime", a[2], PyTuple.Create(Get(a[1], "mtime"), Get(a[1], "mtime"))); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.EnvironmentError)) { throw Raise(tarfileModule.ExtractError, "could not change modification time"); }
                    return None;
                })
                .Method("next", new[] { "self" }, a => Next(a[0]))
                .Method("_getmember", new[] { "self", "name", "tarinfo", "normalize" }, a => GetMember(a[0], a[1], a[2], True(a[3])), new PyObject[] { None, PyBool.False })
                .Method("_load", new[] { "self" }, a =>
                {
                    while (Call(a[0], "next") is not PyNone) { }
                    Set(a[0], "_loaded", PyBool.True);
                    return None;
                })
                .Method("_check", new[] { "self", "mode" }, a => { Check(a[0], a[1] is PyNone ? null : Text(a[1])); return None; }, new[] { None })
                .Method("_find_link_target", new[] { "self", "tarinfo" }, a =>
                {
                    PyObject ti = a[1], linkname, limit;
                    if (True(Call(ti, "issym")))
                    {
                        string dir = Text(Call(OsPath, "dirname", Get(ti, "name")));
                        string link = Text(Get(ti, "linkname"));
                        linkname = S(dir.Length > 0 && link.Length > 0 ? dir + "/" + link : dir + link);
                        limit = None;
                    }
                    else
                    {
                        linkname = Get(ti, "linkname");
                        limit = ti;
                    }
                    PyObject member = Call(a[0], "_getmember", linkname, limit, PyBool.True);
                    if (member is PyNone) throw Ops.KeyError(S("linkname " + Ops.Repr(linkname) + " not found"));
                    return member;
                })
                .Method("__iter__", new[] { "self" }, a => True(Get(a[0], "_loaded")) ? Ops.Iter(Get(a[0], "members")) : Ops.Call(tarfileModule.TarIter, a[0]))
                .Method("_dbg", new[] { "self", "level", "msg" }, a => { Dbg(a[0], (int)L(a[1]), Text(Ops.Str(a[2]))); return None; })
                .Method("__enter__", new[] { "self" }, a => { Check(a[0]); return a[0]; })
                .Method("__exit__", new[] { "self", "type", "value", "traceback" }, a =>
                {
                    if (a[1] is PyNone) Call(a[0], "close");
                    else
                    {
                        if (!True(Get(a[0], "_extfileobj"))) Call(Get(a[0], "fileobj"), "close");
                        Set(a[0], "closed", PyBool.True);
                    }
                    return None;
                })
                .Build();
        }

        private static PyObject Init(PyObject[] a)
        {
            PyObject self = a[0], name = a[1], modeObj = a[2], fileobj = a[3];
            string mode = modeObj is PyStr ? Text(modeObj) : null;
            string fileMode = mode switch { "r" => "rb", "a" => "r+b", "w" => "wb", _ => null };
            if (fileMode == null) throw Ops.ValueError("mode must be 'r', 'a' or 'w'");
            Set(self, "mode", modeObj);
            Set(self, "_mode", S(fileMode));
            if (!True(fileobj))
            {
                if (mode == "a" && !True(Call(OsPath, "exists", name)))
                {
                    Set(self, "mode", S("w"));
                    Set(self, "_mode", S("wb"));
                }
                fileobj = PyFile.Open(name, Text(Get(self, "_mode")), -1);
                Set(self, "_extfileobj", PyBool.False);
            }
            else
            {
                if (name is PyNone && Ops.GetAttrOrNull(fileobj, "name") is PyObject n) name = n;
                if (Ops.GetAttrOrNull(fileobj, "mode") is PyObject m) Set(self, "_mode", m);
                Set(self, "_extfileobj", PyBool.True);
            }
            Set(self, "name", True(name) ? Call(OsPath, "abspath", name) : None);
            Set(self, "fileobj", fileobj);
            string[] names = { "format", "tarinfo", "dereference", "ignore_zeros", "encoding" };
            for (int i = 0; i < names.Length; i++)
                if (a[4 + i] is not PyNone) Set(self, names[i], a[4 + i]);
            if (a[9] is not PyNone) Set(self, "errors", a[9]);
            else Set(self, "errors", S(mode == "r" ? "utf-8" : "strict"));
            Set(self, "pax_headers", a[10] is not PyNone && L(Get(self, "format")) == TarHeader.PaxFormat ? a[10] : new PyDict());
            if (a[11] is not PyNone) Set(self, "debug", a[11]);
            if (a[12] is not PyNone) Set(self, "errorlevel", a[12]);
            Set(self, "closed", PyBool.False);
            Set(self, "members", new PyList());
            Set(self, "_loaded", PyBool.False);
            Set(self, "offset", Call(fileobj, "tell"));
            Set(self, "inodes", new PyDict());
            try
            {
                string m = Text(Get(self, "mode"));
                if (m == "r")
                {
                    Set(self, "firstmember", None);
                    Set(self, "firstmember", Call(self, "next"));
                }
                if (m == "a")
                {
                    while (true)
                    {
                        Call(fileobj, "seek", Get(self, "offset"));
                        try
                        {
                            PyObject ti = Call(Get(self, "tarinfo"), "fromtarfile", self);
                            ((PyList)Get(self, "members")).Append(ti);
                        }
                        catch (PythonException e) when (e.Matches(tarfileModule.EOFHeaderError))
                        {
                            Call(fileobj, "seek", Get(self, "offset"));
                            break;
                        }
                        catch (PythonException e) when (e.Matches(tarfileModule.HeaderError))
                        {
                            throw Raise(tarfileModule.ReadError, Text(Ops.Str(e.Value)));
                        }
                    }
                }
                if (m == "a" || m == "w")
                {
                    Set(self, "_loaded", PyBool.True);
                    if (True(Get(self, "pax_headers")))
                    {
                        PyObject buf = Call(Get(self, "tarinfo"), "create_pax_global_header", Call(Get(self, "pax_headers"), "copy"));
                        Call(fileobj, "write", buf);
                        Set(self, "offset", Ops.Add(Get(self, "offset"), I(Ops.Len(buf))));
                    }
                }
            }
            catch
            {
                if (!True(Get(self, "_extfileobj"))) Call(fileobj, "close");
                Set(self, "closed", PyBool.True);
                throw;
            }
            return None;
        }

        private static PyObject Open(PyObject cls, PyObject name, PyObject modeObj, PyObject fileobj, PyObject bufsize, PyObject kwargs)
        {
            if (!True(name) && !True(fileobj)) throw Ops.ValueError("nothing to open");
            string mode = Text(modeObj);
            PyObject openMeth = Get(cls, "OPEN_METH");
            if (mode == "r" || mode == "r:*")
            {
                // compressed methods first, in OPEN_METH's order (sorted(..., key=not_compressed))
                var order = new List<PyObject>();
                var later = new List<PyObject>();
                var it = Ops.Iter(openMeth);
                for (var k = it.Next(); k != null; k = it.Next())
                    (Text(Ops.GetItem(openMeth, k)) == "taropen" ? later : order).Add(k);
                order.AddRange(later);
                foreach (PyObject comptype in order)
                {
                    PyObject func = Ops.GetAttr(cls, (PyStr)Ops.Str(Ops.GetItem(openMeth, comptype)));
                    PyObject saved = fileobj is PyNone ? null : Call(fileobj, "tell");
                    try { return CallKw(func, new[] { name, S("r"), fileobj }, kwargs); }
                    catch (PythonException e) when (e.Matches(PyTuple.Create(tarfileModule.ReadError, tarfileModule.CompressionError)))
                    {
                        if (saved != null) Call(fileobj, "seek", saved);
                    }
                }
                throw Raise(tarfileModule.ReadError, "file could not be opened successfully");
            }
            if (mode.Contains(':'))
            {
                int i = mode.IndexOf(':');
                string filemode = mode[..i], comptype = mode[(i + 1)..];
                if (filemode == "") filemode = "r";
                if (comptype == "") comptype = "tar";
                if (!Ops.In(S(comptype), openMeth)) throw Raise(tarfileModule.CompressionError, "unknown compression type " + Ops.Repr(S(comptype)));
                PyObject func = Ops.GetAttr(cls, (PyStr)Ops.Str(Ops.GetItem(openMeth, S(comptype))));
                return CallKw(func, new[] { name, S(filemode), fileobj }, kwargs);
            }
            if (mode.Contains('|'))
            {
                int i = mode.IndexOf('|');
                string filemode = mode[..i], comptype = mode[(i + 1)..];
                if (filemode == "") filemode = "r";
                if (comptype == "") comptype = "tar";
                if (filemode != "r" && filemode != "w") throw Ops.ValueError("mode must be 'r' or 'w'");
                var stream = new TarStream(name, filemode, comptype, fileobj, (int)L(bufsize));
                PyObject t;
                try { t = CallKw(cls, new[] { name, S(filemode), stream }, kwargs); }
                catch
                {
                    stream.Close();
                    throw;
                }
                Set(t, "_extfileobj", PyBool.False);
                return t;
            }
            if (mode == "a" || mode == "w") return CallKw(Get(cls, "taropen"), new[] { name, modeObj, fileobj }, kwargs);
            throw Ops.ValueError("undiscernible mode");
        }

        private static PyObject GzOpen(PyObject cls, PyObject name, PyObject modeObj, PyObject fileobj, PyObject compresslevel, PyObject kwargs)
        {
            string mode = Text(modeObj);
            if (mode != "r" && mode != "w") throw Ops.ValueError("mode must be 'r' or 'w'");
            PyObject gz;
            try { gz = Ops.Call(Get(Mod("gzip"), "GzipFile"), new[] { name, modeObj, compresslevel, fileobj }); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError))
            {
                if (fileobj is not PyNone && mode == "r") throw Raise(tarfileModule.ReadError, "not a gzip file");
                throw;
            }
            PyObject t;
            try { t = CallKw(Get(cls, "taropen"), new[] { name, modeObj, gz }, kwargs); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError))
            {
                Call(gz, "close");
                if (mode == "r") throw Raise(tarfileModule.ReadError, "not a gzip file");
                throw;
            }
            catch
            {
                Call(gz, "close");
                throw;
            }
            Set(t, "_extfileobj", PyBool.False);
            return t;
        }

        private static PyObject Close(PyObject self)
        {
            if (True(Get(self, "closed"))) return None;
            Set(self, "closed", PyBool.True);
            try
            {
                string mode = Text(Get(self, "mode"));
                if (mode == "a" || mode == "w")
                {
                    PyObject fileobj = Get(self, "fileobj");
                    Call(fileobj, "write", PyStr.FromBytes(new byte[TarHeader.BlockSize * 2]));
                    long offset = L(Get(self, "offset")) + TarHeader.BlockSize * 2;
                    Set(self, "offset", I(offset));
                    long remainder = offset % TarHeader.RecordSize;
                    if (remainder > 0) Call(fileobj, "write", PyStr.FromBytes(new byte[TarHeader.RecordSize - remainder]));
                }
            }
            finally
            {
                if (!True(Get(self, "_extfileobj"))) Call(Get(self, "fileobj"), "close");
            }
            return None;
        }

        private static PyObject GetTarInfo(PyObject self, PyObject name, PyObject arcname, PyObject fileobj)
        {
            Check(self, "aw");
            if (fileobj is not PyNone) name = Get(fileobj, "name");
            if (arcname is PyNone) arcname = name;
            arcname = Ops.GetItem(Call(OsPath, "splitdrive", arcname), I(1));
            arcname = Ops.CallMethod(Ops.CallMethod(arcname, "replace", Get(Os, "sep"), S("/")), "lstrip", S("/"));
            PyObject tarinfo = Ops.Call(Get(self, "tarinfo"));
            Set(tarinfo, "tarfile", self);
            PyObject st;
            if (fileobj is PyNone)
                st = !True(Get(self, "dereference")) ? Call(Os, "lstat", name) : Call(Os, "stat", name);
            else st = Call(Os, "fstat", Call(fileobj, "fileno"));
            PyObject linkname = S("");
            PyObject stmd = Get(st, "st_mode");
            long fmt = L(stmd) & 0xF000;
            string type;
            if (fmt == 0x8000)
            {
                PyObject inode = PyTuple.Create(Get(st, "st_ino"), Get(st, "st_dev"));
                PyDict inodes = (PyDict)Get(self, "inodes");
                PyObject known = inodes.Get(inode);
                if (!True(Get(self, "dereference")) && L(Get(st, "st_nlink")) > 1 && known != null && !Ops.Eq(arcname, known))
                {
                    type = "1";
                    linkname = known;
                }
                else
                {
                    type = "0";
                    if (True(Get(st, "st_ino"))) inodes.SetItemCore(inode, arcname);
                }
            }
            else if (fmt == 0x4000) type = "5";
            else if (fmt == 0x1000) type = "6";
            else if (fmt == 0xA000) { type = "2"; linkname = Call(Os, "readlink", name); }
            else if (fmt == 0x2000) type = "3";
            else if (fmt == 0x6000) type = "4";
            else return None;
            Set(tarinfo, "name", arcname);
            Set(tarinfo, "mode", stmd);
            Set(tarinfo, "uid", Get(st, "st_uid"));
            Set(tarinfo, "gid", Get(st, "st_gid"));
            Set(tarinfo, "size", type == "0" ? Get(st, "st_size") : new PyLong(0));
            Set(tarinfo, "mtime", Get(st, "st_mtime"));
            Set(tarinfo, "type", S(type));
            Set(tarinfo, "linkname", linkname);
            if (tarfileModule.PasswordModule("pwd") is PyObject pwd)
            {
                try { Set(tarinfo, "uname", Ops.GetItem(Call(pwd, "getpwuid", Get(tarinfo, "uid")), I(0))); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.KeyError)) { }
            }
            if (tarfileModule.PasswordModule("grp") is PyObject grp)
            {
                try { Set(tarinfo, "gname", Ops.GetItem(Call(grp, "getgrgid", Get(tarinfo, "gid")), I(0))); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.KeyError)) { }
            }
            if ((type == "3" || type == "4") && Ops.GetAttrOrNull(Os, "major") != null && Ops.GetAttrOrNull(Os, "minor") != null)
            {
                Set(tarinfo, "devmajor", Call(Os, "major", Get(st, "st_rdev")));
                Set(tarinfo, "devminor", Call(Os, "minor", Get(st, "st_rdev")));
            }
            return tarinfo;
        }

        private static PyObject List(PyObject self, bool verbose)
        {
            Check(self);
            var it = Ops.Iter(self);
            for (var ti = it.Next(); ti != null; ti = it.Next())
            {
                if (verbose)
                {
                    Builtins.PrintItem(null, S(TarHeader.FileMode(L(Get(ti, "mode")))));
                    PyObject u = Get(ti, "uname"), g = Get(ti, "gname");
                    Builtins.PrintItem(null, S(Text(Ops.Str(True(u) ? u : Get(ti, "uid"))) + "/" + Text(Ops.Str(True(g) ? g : Get(ti, "gid")))));
                    if (True(Call(ti, "ischr")) || True(Call(ti, "isblk")))
                        Builtins.PrintItem(null, S((L(Get(ti, "devmajor")) + "," + L(Get(ti, "devminor"))).PadLeft(10)));
                    else Builtins.PrintItem(null, S(Text(Ops.Str(Get(ti, "size"))).PadLeft(10)));
                    var tm = Ops.UnpackSequence(Ops.GetSlice(Call(Mod("time"), "localtime", Get(ti, "mtime")), null, I(6)), 6);
                    Builtins.PrintItem(null, S($"{L(tm[0])}-{L(tm[1]):00}-{L(tm[2]):00} {L(tm[3]):00}:{L(tm[4]):00}:{L(tm[5]):00}"));
                }
                Builtins.PrintItem(null, Ops.Add(Get(ti, "name"), S(True(Call(ti, "isdir")) ? "/" : "")));
                if (verbose)
                {
                    if (True(Call(ti, "issym"))) { Builtins.PrintItem(null, S("->")); Builtins.PrintItem(null, Get(ti, "linkname")); }
                    if (True(Call(ti, "islnk"))) { Builtins.PrintItem(null, S("link to")); Builtins.PrintItem(null, Get(ti, "linkname")); }
                }
                Builtins.PrintNewline(null);
            }
            return None;
        }

        private static PyObject Add(PyObject self, PyObject name, PyObject arcname, PyObject recursive, PyObject exclude, PyObject filter)
        {
            Check(self, "aw");
            if (arcname is PyNone) arcname = name;
            if (exclude is not PyNone)
            {
                Ops.Call(Get(Mod("warnings"), "warn"), S("use the filter argument instead"), PyExceptionTypes.DeprecationWarning, I(2));
                if (True(Ops.Call(exclude, name)))
                {
                    Dbg(self, 2, "tarfile: Excluded " + Ops.Repr(name));
                    return None;
                }
            }
            PyObject ownName = Get(self, "name");
            if (ownName is not PyNone && Ops.Eq(Call(OsPath, "abspath", name), ownName))
            {
                Dbg(self, 2, "tarfile: Skipped " + Ops.Repr(name));
                return None;
            }
            Dbg(self, 1, Text(Ops.Str(name)));
            PyObject tarinfo = Call(self, "gettarinfo", name, arcname);
            if (tarinfo is PyNone)
            {
                Dbg(self, 1, "tarfile: Unsupported type " + Ops.Repr(name));
                return None;
            }
            if (filter is not PyNone)
            {
                tarinfo = Ops.Call(filter, tarinfo);
                if (tarinfo is PyNone)
                {
                    Dbg(self, 2, "tarfile: Excluded " + Ops.Repr(name));
                    return None;
                }
            }
            if (True(Call(tarinfo, "isreg")))
            {
                PyObject f = PyFile.Open(name, "rb", -1);
                try { Call(self, "addfile", tarinfo, f); }
                finally { Call(f, "close"); }
            }
            else if (True(Call(tarinfo, "isdir")))
            {
                Call(self, "addfile", tarinfo);
                if (True(recursive))
                {
                    var it = Ops.Iter(Call(Os, "listdir", name));
                    for (var f = it.Next(); f != null; f = it.Next())
                        Call(self, "add", Call(OsPath, "join", name, f), Call(OsPath, "join", arcname, f), recursive, exclude, filter);
                }
            }
            else Call(self, "addfile", tarinfo);
            return None;
        }

        private static PyObject AddFile(PyObject self, PyObject tarinfo, PyObject fileobj)
        {
            Check(self, "aw");
            tarinfo = Call(Mod("copy"), "copy", tarinfo);
            PyObject buf = Call(tarinfo, "tobuf", Get(self, "format"), Get(self, "encoding"), Get(self, "errors"));
            PyObject own = Get(self, "fileobj");
            Call(own, "write", buf);
            long offset = L(Get(self, "offset")) + Ops.Len(buf);
            if (fileobj is not PyNone)
            {
                long size = L(Get(tarinfo, "size"));
                tarfileModule.copyfileobj(fileobj, own, I(size));
                long blocks = size / TarHeader.BlockSize, remainder = size % TarHeader.BlockSize;
                if (remainder > 0)
                {
                    Call(own, "write", PyStr.FromBytes(new byte[TarHeader.BlockSize - remainder]));
                    blocks++;
                }
                offset += blocks * TarHeader.BlockSize;
            }
            Set(self, "offset", I(offset));
            ((PyList)Get(self, "members")).Append(tarinfo);
            return None;
        }

        private static PyObject ExtractAll(PyObject self, PyObject path, PyObject members)
        {
            var directories = new List<PyObject>();
            if (members is PyNone) members = self;
            var it = Ops.Iter(members);
            for (var ti = it.Next(); ti != null; ti = it.Next())
            {
                PyObject t = ti;
                if (True(Call(t, "isdir")))
                {
                    directories.Add(t);
                    t = Call(Mod("copy"), "copy", t);
                    Set(t, "mode", I(0x1c0));
                }
                Call(self, "extract", t, path);
            }
            directories.Sort((x, y) => Ops.Cmp(Get(x, "name"), Get(y, "name")));
            directories.Reverse();
            foreach (PyObject ti in directories)
            {
                PyObject dirpath = Call(OsPath, "join", path, Get(ti, "name"));
                try
                {
                    Call(self, "chown", ti, dirpath);
                    Call(self, "utime", ti, dirpath);
                    Call(self, "chmod", ti, dirpath);
                }
                catch (PythonException e) when (e.Matches(tarfileModule.ExtractError))
                {
                    if (L(Get(self, "errorlevel")) > 1) throw;
                    Dbg(self, 1, "tarfile: " + Text(Ops.Str(e.Value)));
                }
            }
            return None;
        }

        private static PyObject Extract(PyObject self, PyObject member, PyObject path)
        {
            Check(self, "r");
            PyObject ti = member is PyStr || member is PyUnicode ? Call(self, "getmember", member) : member;
            if (True(Call(ti, "islnk"))) Set(ti, "_link_target", Call(OsPath, "join", path, Get(ti, "linkname")));
            try { Call(self, "_extract_member", ti, Call(OsPath, "join", path, Get(ti, "name"))); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.EnvironmentError))
            {
                if (L(Get(self, "errorlevel")) > 0) throw;
                PyObject filename = Get(e.Value, "filename");
                Dbg(self, 1, filename is PyNone ? "tarfile: " + Text(Ops.Str(Get(e.Value, "strerror")))
                    : "tarfile: " + Text(Ops.Str(Get(e.Value, "strerror"))) + " " + Ops.Repr(filename));
            }
            catch (PythonException e) when (e.Matches(tarfileModule.ExtractError))
            {
                if (L(Get(self, "errorlevel")) > 1) throw;
                Dbg(self, 1, "tarfile: " + Text(Ops.Str(e.Value)));
            }
            return None;
        }

        private static PyObject ExtractFile(PyObject self, PyObject member)
        {
            Check(self, "r");
            PyObject ti = member is PyStr || member is PyUnicode ? Call(self, "getmember", member) : member;
            if (True(Call(ti, "isreg")) || !TarInfoClass.IsSupported(Text(Get(ti, "type"))))
                return Ops.Call(Get(self, "fileobject"), self, ti);
            if (True(Call(ti, "islnk")) || True(Call(ti, "issym")))
            {
                if (Get(self, "fileobj") is TarStream) throw Raise(tarfileModule.StreamError, "cannot extract (sym)link as file object");
                return Call(self, "extractfile", Call(self, "_find_link_target", ti));
            }
            return None;
        }

        private static PyObject ExtractMember(PyObject self, PyObject ti, PyObject targetpath)
        {
            targetpath = Ops.CallMethod(targetpath, "rstrip", S("/"));
            PyObject upper = Call(OsPath, "dirname", targetpath);
            if (True(upper) && !True(Call(OsPath, "exists", upper))) Call(Os, "makedirs", upper);
            if (True(Call(ti, "islnk")) || True(Call(ti, "issym")))
                Dbg(self, 1, Text(Ops.Str(Get(ti, "name"))) + " -> " + Text(Ops.Str(Get(ti, "linkname"))));
            else Dbg(self, 1, Text(Ops.Str(Get(ti, "name"))));
            if (True(Call(ti, "isreg"))) Call(self, "makefile", ti, targetpath);
            else if (True(Call(ti, "isdir"))) Call(self, "makedir", ti, targetpath);
            else if (True(Call(ti, "isfifo"))) Call(self, "makefifo", ti, targetpath);
            else if (True(Call(ti, "ischr")) || True(Call(ti, "isblk"))) Call(self, "makedev", ti, targetpath);
            else if (True(Call(ti, "islnk")) || True(Call(ti, "issym"))) Call(self, "makelink", ti, targetpath);
            else if (!TarInfoClass.IsSupported(Text(Get(ti, "type")))) Call(self, "makeunknown", ti, targetpath);
            else Call(self, "makefile", ti, targetpath);
            Call(self, "chown", ti, targetpath);
            if (!True(Call(ti, "issym")))
            {
                Call(self, "chmod", ti, targetpath);
                Call(self, "utime", ti, targetpath);
            }
            return None;
        }

        private static PyObject Chown(PyObject ti, PyObject targetpath)
        {
            PyObject pwd = tarfileModule.PasswordModule("pwd"), grp = tarfileModule.PasswordModule("grp");
            if (pwd == null || L(Call(Mod("os"), "geteuid")) != 0) return None;
            PyObject g, u;
            try { g = Ops.GetItem(Call(grp, "getgrnam", Get(ti, "gname")), I(2)); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.KeyError)) { g = Get(ti, "gid"); }
            try { u = Ops.GetItem(Call(pwd, "getpwnam", Get(ti, "uname")), I(2)); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.KeyError)) { u = Get(ti, "uid"); }
            try
            {
                if (True(Call(ti, "issym")) && Ops.GetAttrOrNull(Os, "lchown") != null) Call(Os, "lchown", targetpath, u, g);
                else Call(Os, "chown", targetpath, u, g);
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.EnvironmentError)) { throw Raise(tarfileModule.ExtractError, "could not change owner"); }
            return None;
        }

        private static PyObject Next(PyObject self)
        {
            Check(self, "ra");
            PyObject first = Get(self, "firstmember");
            if (first is not PyNone)
            {
                Set(self, "firstmember", None);
                return first;
            }
            PyObject fileobj = Get(self, "fileobj");
            if (!Ops.Eq(Get(self, "offset"), Call(fileobj, "tell")))
            {
                Call(fileobj, "seek", I(L(Get(self, "offset")) - 1));
                if (!True(Call(fileobj, "read", I(1)))) throw Raise(tarfileModule.ReadError, "unexpected end of data");
            }
            PyObject tarinfo = null;
            while (true)
            {
                try { tarinfo = Call(Get(self, "tarinfo"), "fromtarfile", self); }
                catch (PythonException e) when (e.Matches(tarfileModule.EOFHeaderError) || e.Matches(tarfileModule.InvalidHeaderError))
                {
                    if (True(Get(self, "ignore_zeros")))
                    {
                        Dbg(self, 2, "0x" + L(Get(self, "offset")).ToString("X") + ": " + Text(Ops.Str(e.Value)));
                        Set(self, "offset", I(L(Get(self, "offset")) + TarHeader.BlockSize));
                        continue;
                    }
                    if (e.Matches(tarfileModule.InvalidHeaderError) && L(Get(self, "offset")) == 0)
                        throw Raise(tarfileModule.ReadError, Text(Ops.Str(e.Value)));
                }
                catch (PythonException e) when (e.Matches(tarfileModule.EmptyHeaderError))
                {
                    if (L(Get(self, "offset")) == 0) throw Raise(tarfileModule.ReadError, "empty file");
                }
                catch (PythonException e) when (e.Matches(tarfileModule.TruncatedHeaderError))
                {
                    if (L(Get(self, "offset")) == 0) throw Raise(tarfileModule.ReadError, Text(Ops.Str(e.Value)));
                }
                catch (PythonException e) when (e.Matches(tarfileModule.SubsequentHeaderError))
                {
                    throw Raise(tarfileModule.ReadError, Text(Ops.Str(e.Value)));
                }
                break;
            }
            if (tarinfo != null)
            {
                ((PyList)Get(self, "members")).Append(tarinfo);
                return tarinfo;
            }
            Set(self, "_loaded", PyBool.True);
            return None;
        }

        private static PyObject GetMember(PyObject self, PyObject name, PyObject limit, bool normalize)
        {
            PyObject members = Call(self, "getmembers");
            if (limit is not PyNone) members = Ops.GetSlice(members, null, Call(members, "index", limit));
            if (normalize) name = Call(OsPath, "normpath", name);
            int n = Ops.Len(members);
            for (int i = n - 1; i >= 0; i--)
            {
                PyObject member = Ops.GetItem(members, I(i));
                PyObject memberName = normalize ? Call(OsPath, "normpath", Get(member, "name")) : Get(member, "name");
                if (Ops.Eq(name, memberName)) return member;
            }
            return None;
        }
    }
}
