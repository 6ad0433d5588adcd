using zipfileModule = Py2Cs.Runtime.zipfile;
using System;
using System.IO;
using Py2Cs.Runtime.Modules.binascii;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.zipfile
{
    /// <summary>
    /// zipfile.ZipFile as a Python class following zipfile.py: state in the instance dict (fp,
    /// filelist, NameToInfo, mode, _filePassed, _didModify...), its own methods called through
    /// attribute look-up. Stored members are written byte for byte as 2.7 writes them; deflated
    /// data comes from .NET's deflate (level 6, as Z_DEFAULT_COMPRESSION), which may differ in bytes.
    /// </summary>
    internal static class ZipFileClass
    {
        private static PyFunction Fn(string name, string[] p, Func<PyObject[], PyObject> body) =>
            PyFunction.WithBoundArguments(new FunctionSignature(name, p), body);

        private static PyObject OsPath => Mod("os.path");

        private static PyObject Runtime(string message) => throw Ops.Error(PyExceptionTypes.RuntimeError, message);

        public static PyType Build(PyType zipInfo, PyType zipExtFile) => new PythonClassBuilder("zipfile", "ZipFile", PyType.ObjectType)
            .Attribute("__doc__", S(" Class with methods to open, read, write, close, list zip files.\n\n    z = ZipFile(file, mode=\"r\", compression=ZIP_STORED, allowZip64=False)\n    "))
            .Attribute("fp", None)
            .Method("__init__", new[] { "self", "file", "mode", "compression", "allowZip64" }, a => Init(a[0], a[1], a[2], a[3], a[4]),
                new PyObject[] { S("r"), I(0), PyBool.False })
            .Method("__enter__", new[] { "self" }, a => a[0])
            .Method("__exit__", new[] { "self", "type", "value", "traceback" }, a => Call(a[0], "close"))
            .Method("_RealGetContents", new[] { "self" }, a => RealGetContents(a[0], zipInfo))
            .Method("namelist", new[] { "self" }, a =>
            {
                var l = new PyList();
                var it = Ops.Iter(Get(a[0], "filelist"));
                for (var z = it.Next(); z != null; z = it.Next()) l.Append(Get(z, "filename"));
                return l;
            })
            .Method("infolist", new[] { "self" }, a => Get(a[0], "filelist"))
            .Method("printdir", new[] { "self" }, a =>
            {
                Builtins.PrintItem(null, S("File Name".PadRight(46) + " " + "Modified    ".PadLeft(19) + " " + "Size".PadLeft(12)));
                Builtins.PrintNewline(null);
                var it = Ops.Iter(Get(a[0], "filelist"));
                for (var z = it.Next(); z != null; z = it.Next())
                {
                    PyObject dt = Get(z, "date_time");
                    long F(int i) => L(Ops.GetItem(dt, I(i)));
                    string date = $"{F(0)}-{F(1):00}-{F(2):00} {F(3):00}:{F(4):00}:{F(5):00}";
                    PyObject name = Get(z, "filename");
                    PyObject line = Ops.Add(Ops.CallMethod(name is PyUnicode ? name : Ops.Str(name), "ljust", I(46)),
                        S(" " + date + " " + Text(Ops.Str(I(L(Get(z, "file_size"))))).PadLeft(12)));
                    Builtins.PrintItem(null, line);
                    Builtins.PrintNewline(null);
                }
                return None;
            })
            .Method("testzip", new[] { "self" }, a =>
            {
                var it = Ops.Iter(Get(a[0], "filelist"));
                for (var z = it.Next(); z != null; z = it.Next())
                {
                    try
                    {
                        PyObject f = Call(a[0], "open", Get(z, "filename"), S("r"));
                        try { while (True(Call(f, "read", I(1 << 20)))) { } }
                        finally { Call(f, "close"); }
                    }
                    catch (PythonException e) when (e.Matches(zipfileModule.BadZipfile)) { return Get(z, "filename"); }
                }
                return None;
            })
            .Method("getinfo", new[] { "self", "name" }, a =>
            {
                PyObject info = ((PyDict)Get(a[0], "NameToInfo")).Get(a[1]);
                if (info == null) throw Ops.KeyError(S("There is no item named " + Ops.Repr(a[1]) + " in the archive"));
                return info;
            })
            .Method("setpassword", new[] { "self", "pwd" }, a => { Set(a[0], "pwd", a[1]); return None; })
            .Attribute("comment", new PyProperty(Fn("comment", new[] { "self" }, a => Get(a[0], "_comment")),
                Fn("comment", new[] { "self", "comment" }, a =>
                {
                    PyObject comment = a[1];
                    if (Ops.Len(comment) > ZipRecords.MaxComment)
                    {
                        Ops.Call(Get(Mod("warnings"), "warn"), new[] { S("Archive comment is too long; truncating to " + ZipRecords.MaxComment + " bytes"), I(2) },
                            new[] { PyStr.Intern("stacklevel") });
                        comment = Ops.GetSlice(comment, null, I(ZipRecords.MaxComment));
                    }
                    Set(a[0], "_comment", comment);
                    Set(a[0], "_didModify", PyBool.True);
                    return None;
                }), null, None))
            .Method("read", new[] { "self", "name", "pwd" }, a => Call(Call(a[0], "open", a[1], S("r"), a[2]), "read"), new[] { None })
            .Method("open", new[] { "self", "name", "mode", "pwd" }, a => Open(a[0], a[1], a[2], a[3], zipInfo, zipExtFile), new[] { S("r"), None })
            .Method("extract", new[] { "self", "member", "path", "pwd" }, a =>
            {
                PyObject member = Ops.IsInstance(a[1], zipInfo) ? a[1] : Call(a[0], "getinfo", a[1]);
                PyObject path = a[2] is PyNone ? Call(Mod("os"), "getcwd") : a[2];
                return Call(a[0], "_extract_member", member, path, a[3]);
            }, new[] { None, None })
            .Method("extractall", new[] { "self", "path", "members", "pwd" }, a =>
            {
                PyObject members = a[2] is PyNone ? Call(a[0], "namelist") : a[2];
                var it = Ops.Iter(members);
                for (var m = it.Next(); m != null; m = it.Next()) Call(a[0], "extract", m, a[1], a[3]);
                return None;
            }, new[] { None, None, None })
            .Method("_extract_member", new[] { "self", "member", "targetpath", "pwd" }, a => ExtractMember(a[0], a[1], a[2], a[3]))
            .Method("_writecheck", new[] { "self", "zinfo" }, a => WriteCheck(a[0], a[1]))
            .Method("write", new[] { "self", "filename", "arcname", "compress_type" }, a => Write(a[0], a[1], a[2], a[3], zipInfo), new[] { None, None })
            .Method("writestr", new[] { "self", "zinfo_or_arcname", "bytes", "compress_type" }, a => WriteStr(a[0], a[1], a[2], a[3], zipInfo), new[] { None })
            .Method("close", new[] { "self" }, a => Close(a[0]))
            .Build();

        private static PyObject Init(PyObject self, PyObject file, PyObject modeObj, PyObject compression, PyObject allowZip64)
        {
            string mode = Text(modeObj);
            if (mode != "r" && mode != "w" && mode != "a") Runtime("ZipFile() requires mode \"r\", \"w\", or \"a\"");
            long comp = L(compression);
            if (comp != 0 && comp != 8) Runtime("That compression method is not supported");
            Set(self, "_allowZip64", allowZip64);
            Set(self, "_didModify", PyBool.False);
            Set(self, "debug", I(0));
            Set(self, "NameToInfo", new PyDict());
            Set(self, "filelist", new PyList());
            Set(self, "compression", compression);
            string key = mode.Replace("b", "")[..1];
            Set(self, "mode", S(key));
            Set(self, "pwd", None);
            Set(self, "_comment", S(""));
            if (file is PyStr || file is PyUnicode)
            {
                Set(self, "_filePassed", I(0));
                Set(self, "filename", file);
                string fileMode = mode == "r" ? "rb" : mode == "w" ? "wb" : "r+b";
                try { Set(self, "fp", PyFile.Open(file, fileMode, -1)); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError))
                {
                    if (mode != "a") throw;
                    mode = key = "w";
                    Set(self, "fp", PyFile.Open(file, "wb", -1));
                }
            }
            else
            {
                Set(self, "_filePassed", I(1));
                Set(self, "fp", file);
                Set(self, "filename", Ops.GetAttrOrNull(file, "name") ?? None);
            }
            try
            {
                if (key == "r") Call(self, "_RealGetContents");
                else if (key == "w") Set(self, "_didModify", PyBool.True);
                else
                {
                    try
                    {
                        Call(self, "_RealGetContents");
                        Call(Get(self, "fp"), "seek", Get(self, "start_dir"), I(0));
                    }
                    catch (PythonException e) when (e.Matches(zipfileModule.BadZipfile))
                    {
                        Call(Get(self, "fp"), "seek", I(0), I(2));
                        Set(self, "_didModify", PyBool.True);
                    }
                }
            }
            catch
            {
                PyObject fp = Get(self, "fp");
                Set(self, "fp", None);
                if (!True(Get(self, "_filePassed"))) Call(fp, "close");
                throw;
            }
            return None;
        }

        /// <summary>_EndRecData (and _EndRecData64): the end of central directory record, or null.</summary>
        internal static long[] EndRecData(PyObject fp, out byte[] comment)
        {
            comment = null;
            Call(fp, "seek", I(0), I(2));
            long filesize = L(Call(fp, "tell"));
            try { Call(fp, "seek", I(-ZipRecords.SizeEndCentDir), I(2)); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { return null; }
            byte[] data = Bytes(Call(fp, "read"));
            long[] endrec = null;
            long location = 0;
            if (data.Length == ZipRecords.SizeEndCentDir && ZipRecords.HasSig(data, 0, 5, 6) && data[^1] == 0 && data[^2] == 0)
            {
                endrec = Unpack(data, 0);
                comment = Array.Empty<byte>();
                location = filesize - ZipRecords.SizeEndCentDir;
            }
            else
            {
                long maxCommentStart = Math.Max(filesize - (1 << 16) - ZipRecords.SizeEndCentDir, 0);
                Call(fp, "seek", I(maxCommentStart), I(0));
                data = Bytes(Call(fp, "read"));
                int start = -1;
                for (int i = data.Length - 4; i >= 0; i--)
                    if (ZipRecords.HasSig(data, i, 5, 6)) { start = i; break; }
                if (start < 0) return null;
                if (data.Length - start < ZipRecords.SizeEndCentDir) return null;
                endrec = Unpack(data, start);
                int commentSize = (int)endrec[7];
                int cStart = start + ZipRecords.SizeEndCentDir;
                comment = data.AsSpan(cStart, Math.Min(commentSize, data.Length - cStart)).ToArray();
                location = maxCommentStart + start;
            }
            endrec[8] = location;
            // _EndRecData64: a zip64 locator just before the record
            try { Call(fp, "seek", I(location - ZipRecords.SizeEndCentDir64Locator), I(0)); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { return endrec; }
            if (location < ZipRecords.SizeEndCentDir64Locator) return endrec;
            byte[] loc = Bytes(Call(fp, "read", I(ZipRecords.SizeEndCentDir64Locator)));
            if (loc.Length != ZipRecords.SizeEndCentDir64Locator || !ZipRecords.HasSig(loc, 0, 6, 7)) return endrec;
            if (ZipRecords.L(loc, 4) != 0 || ZipRecords.L(loc, 16) != 1) throw Raise(zipfileModule.BadZipfile, "zipfiles that span multiple disks are not supported");
            Call(fp, "seek", I(location - ZipRecords.SizeEndCentDir64Locator - ZipRecords.SizeEndCentDir64), I(0));
            byte[] rec = Bytes(Call(fp, "read", I(ZipRecords.SizeEndCentDir64)));
            if (rec.Length != ZipRecords.SizeEndCentDir64 || !ZipRecords.HasSig(rec, 0, 6, 6)) return endrec;
            endrec[0] = 64;
            endrec[1] = ZipRecords.L(rec, 16);
            endrec[2] = ZipRecords.L(rec, 20);
            endrec[3] = ZipRecords.Q(rec, 24);
            endrec[4] = ZipRecords.Q(rec, 32);
            endrec[5] = ZipRecords.Q(rec, 40);
            endrec[6] = ZipRecords.Q(rec, 48);
            return endrec;
        }

        // signature marker (0, or 64 for zip64), disk, disk start, entries here, entries total, size, offset, comment size, location
        private static long[] Unpack(byte[] d, int at) => new long[]
        {
            0, ZipRecords.H(d, at + 4), ZipRecords.H(d, at + 6), ZipRecords.H(d, at + 8), ZipRecords.H(d, at + 10),
            ZipRecords.L(d, at + 12), ZipRecords.L(d, at + 16), ZipRecords.H(d, at + 20), 0,
        };

        private static PyObject RealGetContents(PyObject self, PyType zipInfo)
        {
            PyObject fp = Get(self, "fp");
            long[] endrec;
            byte[] comment;
            try { endrec = EndRecData(fp, out comment); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { throw Raise(zipfileModule.BadZipfile, "File is not a zip file"); }
            if (endrec == null) throw Raise(zipfileModule.BadZipfile, "File is not a zip file");
            long sizeCd = endrec[5], offsetCd = endrec[6];
            Set(self, "_comment", PyStr.FromBytes(comment));
            long concat = endrec[8] - sizeCd - offsetCd;
            if (endrec[0] == 64) concat -= ZipRecords.SizeEndCentDir64 + ZipRecords.SizeEndCentDir64Locator;
            Set(self, "start_dir", I(offsetCd + concat));
            Call(fp, "seek", Get(self, "start_dir"), I(0));
            byte[] data = Bytes(Call(fp, "read", I(sizeCd)));
            int pos = 0;
            long total = 0;
            var filelist = (PyList)Get(self, "filelist");
            var nameToInfo = (PyDict)Get(self, "NameToInfo");
            while (total < sizeCd)
            {
                if (data.Length - pos < ZipRecords.SizeCentralDir) throw Raise(zipfileModule.BadZipfile, "Truncated central directory");
                if (!ZipRecords.HasSig(data, pos, 1, 2)) throw Raise(zipfileModule.BadZipfile, "Bad magic number for central directory");
                ReadOnlySpan<byte> cd = data.AsSpan(pos, ZipRecords.SizeCentralDir);
                int fnLen = ZipRecords.H(cd, 28), extraLen = ZipRecords.H(cd, 30), commentLen = ZipRecords.H(cd, 32);
                pos += ZipRecords.SizeCentralDir;
                PyObject Take(int n) { var r = PyStr.FromBytes(data.AsSpan(pos, Math.Max(0, Math.Min(n, data.Length - pos)))); pos += n; return r; }
                PyObject x = Ops.Call(zipInfo, Take(fnLen));
                Set(x, "extra", Take(extraLen));
                Set(x, "comment", Take(commentLen));
                Set(x, "header_offset", I(ZipRecords.L(cd, 42)));
                Set(x, "create_version", I(cd[4]));
                Set(x, "create_system", I(cd[5]));
                Set(x, "extract_version", I(cd[6]));
                Set(x, "reserved", I(cd[7]));
                Set(x, "flag_bits", I(ZipRecords.H(cd, 8)));
                Set(x, "compress_type", I(ZipRecords.H(cd, 10)));
                int t = ZipRecords.H(cd, 12), d = ZipRecords.H(cd, 14);
                Set(x, "CRC", I(ZipRecords.L(cd, 16)));
                Set(x, "compress_size", I(ZipRecords.L(cd, 20)));
                Set(x, "file_size", I(ZipRecords.L(cd, 24)));
                Set(x, "volume", I(ZipRecords.H(cd, 34)));
                Set(x, "internal_attr", I(ZipRecords.H(cd, 36)));
                Set(x, "external_attr", I(ZipRecords.L(cd, 38)));
                Set(x, "_raw_time", I(t));
                Set(x, "date_time", PyTuple.Create(I((d >> 9) + 1980), I((d >> 5) & 0xF), I(d & 0x1F), I(t >> 11), I((t >> 5) & 0x3F), I((t & 0x1F) * 2)));
                Call(x, "_decodeExtra");
                Set(x, "header_offset", I(L(Get(x, "header_offset")) + concat));
                Set(x, "filename", Call(x, "_decodeFilename"));
                filelist.Append(x);
                nameToInfo.SetItemCore(Get(x, "filename"), x);
                total += ZipRecords.SizeCentralDir + fnLen + extraLen + commentLen;
            }
            return None;
        }

        private static PyObject Open(PyObject self, PyObject name, PyObject modeObj, PyObject pwd, PyType zipInfo, PyType zipExtFile)
        {
            string mode = Text(modeObj);
            if (mode != "r" && mode != "U" && mode != "rU") Runtime("open() requires mode \"r\", \"U\", or \"rU\"");
            if (!True(Get(self, "fp"))) Runtime("Attempt to read ZIP archive that was already closed");
            PyObject zef;
            bool shouldClose;
            if (True(Get(self, "_filePassed"))) { zef = Get(self, "fp"); shouldClose = false; }
            else { zef = PyFile.Open(Get(self, "filename"), "rb", -1); shouldClose = true; }
            try
            {
                PyObject zinfo = Ops.IsInstance(name, zipInfo) ? name : Call(self, "getinfo", name);
                Call(zef, "seek", Get(zinfo, "header_offset"), I(0));
                byte[] fheader = Bytes(Call(zef, "read", I(ZipRecords.SizeFileHeader)));
                if (fheader.Length != ZipRecords.SizeFileHeader) throw Raise(zipfileModule.BadZipfile, "Truncated file header");
                if (!ZipRecords.HasSig(fheader, 0, 3, 4)) throw Raise(zipfileModule.BadZipfile, "Bad magic number for file header");
                PyObject fname = Call(zef, "read", I(ZipRecords.H(fheader, 26)));
                int extraLen = ZipRecords.H(fheader, 28);
                if (extraLen != 0) Call(zef, "read", I(extraLen));
                PyObject orig = Get(zinfo, "orig_filename");
                if (!Ops.Eq(fname, orig))
                    throw Raise(zipfileModule.BadZipfile, "File name in directory \"" + Text(Ops.Str(orig)) + "\" and header \"" + Text(fname) + "\" differ.");
                PyObject zd = None;
                if ((L(Get(zinfo, "flag_bits")) & 1) != 0)
                {
                    if (!True(pwd)) pwd = Get(self, "pwd");
                    if (!True(pwd)) Runtime("File " + Text(Ops.Str(name)) + " is encrypted, password required for extraction");
                    var decrypter = new ZipDecrypter(Bytes(pwd));
                    byte[] head = Bytes(Call(zef, "read", I(12)));
                    decrypter.Decrypt(head);
                    long check = (L(Get(zinfo, "flag_bits")) & 0x8) != 0 ? (L(Get(zinfo, "_raw_time")) >> 8) & 0xff : (L(Get(zinfo, "CRC")) >> 24) & 0xff;
                    if (head.Length < 12 || head[11] != check)
                        throw new PythonException(Ops.Call(PyExceptionTypes.RuntimeError, S("Bad password for file"), name));
                    zd = new ZipExtFileClass.DecrypterObject(decrypter);
                }
                return Ops.Call(zipExtFile, new[] { zef, modeObj, zinfo, zd, PyBool.From(shouldClose) });
            }
            catch
            {
                if (shouldClose) Call(zef, "close");
                throw;
            }
        }

        private static PyObject ExtractMember(PyObject self, PyObject member, PyObject targetpath, PyObject pwd)
        {
            PyObject sep = Get(OsPath, "sep");
            PyObject arcname = Ops.CallMethod(Get(member, "filename"), "replace", S("/"), sep);
            arcname = Ops.GetItem(Call(OsPath, "splitdrive", arcname), I(1));
            var parts = new PyList();
            var it = Ops.Iter(Ops.CallMethod(arcname, "split", sep));
            for (var x = it.Next(); x != null; x = it.Next())
            {
                string t = Text(x);
                if (t != "" && t != "." && t != "..") parts.Append(x);
            }
            arcname = Ops.CallMethod(sep, "join", parts);
            targetpath = Call(OsPath, "normpath", Call(OsPath, "join", targetpath, arcname));
            PyObject upper = Call(OsPath, "dirname", targetpath);
            if (True(upper) && !True(Call(OsPath, "exists", upper))) Call(Mod("os"), "makedirs", upper);
            if (Text(Get(member, "filename")).EndsWith("/"))
            {
                if (!True(Call(OsPath, "isdir", targetpath))) Call(Mod("os"), "mkdir", targetpath);
                return targetpath;
            }
            PyObject source = Call(self, "open", member, S("r"), pwd);
            try
            {
                PyObject target = PyFile.Open(targetpath, "wb", -1);
                try { Call(Mod("shutil"), "copyfileobj", source, target); }
                finally { Call(target, "close"); }
            }
            finally { Call(source, "close"); }
            return targetpath;
        }

        private static PyObject WriteCheck(PyObject self, PyObject zinfo)
        {
            if (((PyDict)Get(self, "NameToInfo")).ContainsKey(Get(zinfo, "filename")))
                Ops.Call(Get(Mod("warnings"), "warn"), new[] { S("Duplicate name: " + Ops.Repr(Get(zinfo, "filename"))), I(3) }, new[] { PyStr.Intern("stacklevel") });
            string mode = Text(Get(self, "mode"));
            if (mode != "w" && mode != "a") Runtime("write() requires mode \"w\" or \"a\"");
            if (!True(Get(self, "fp"))) Runtime("Attempt to write ZIP archive that was already closed");
            long ct = L(Get(zinfo, "compress_type"));
            if (ct != 0 && ct != 8) Runtime("That compression method is not supported");
            if (!True(Get(self, "_allowZip64")))
            {
                string requires = null;
                if (Ops.Len(Get(self, "filelist")) >= ZipRecords.FileCountLimit) requires = "Files count";
                else if (L(Get(zinfo, "file_size")) > ZipRecords.Zip64Limit) requires = "Filesize";
                else if (L(Get(zinfo, "header_offset")) > ZipRecords.Zip64Limit) requires = "Zipfile size";
                if (requires != null) throw Raise(zipfileModule.LargeZipFile, requires + " would require ZIP64 extensions");
            }
            return None;
        }

        /// <summary>zipfile.py's compressobj(Z_DEFAULT_COMPRESSION, DEFLATED, -15): compress + flush.</summary>
        private static byte[] Deflate(byte[] data) => ZlibCompressObject.CompressAll(data, -1, -15);

        private static PyObject Write(PyObject self, PyObject filename, PyObject arcname, PyObject compressType, PyType zipInfo)
        {
            if (!True(Get(self, "fp"))) Runtime("Attempt to write to ZIP archive that was already closed");
            PyObject os = Mod("os");
            PyObject st = Call(os, "stat", filename);
            bool isdir = (L(Get(st, "st_mode")) & 0xF000) == 0x4000;
            PyObject dateTime = Ops.GetSlice(Call(Mod("time"), "localtime", Get(st, "st_mtime")), I(0), I(6));
            if (arcname is PyNone) arcname = filename;
            arcname = Call(OsPath, "normpath", Ops.GetItem(Call(OsPath, "splitdrive", arcname), I(1)));
            while (Text(arcname).StartsWith("/")) arcname = Ops.GetSlice(arcname, I(1), null);
            if (isdir) arcname = Ops.Add(arcname, S("/"));
            PyObject zinfo = Ops.Call(zipInfo, arcname, dateTime);
            Set(zinfo, "external_attr", new PyLong((L(Ops.GetItem(st, I(0))) & 0xFFFF) << 16));
            if (isdir) Set(zinfo, "compress_type", I(0));
            else if (compressType is PyNone) Set(zinfo, "compress_type", Get(self, "compression"));
            else Set(zinfo, "compress_type", compressType);
            Set(zinfo, "file_size", Get(st, "st_size"));
            Set(zinfo, "flag_bits", I(0));
            PyObject fp = Get(self, "fp");
            Set(zinfo, "header_offset", Call(fp, "tell"));
            Call(self, "_writecheck", zinfo);
            Set(self, "_didModify", PyBool.True);
            if (isdir)
            {
                Set(zinfo, "file_size", I(0));
                Set(zinfo, "compress_size", I(0));
                Set(zinfo, "CRC", I(0));
                Set(zinfo, "external_attr", Ops.BitOr(Get(zinfo, "external_attr"), I(0x10)));
                ((PyList)Get(self, "filelist")).Append(zinfo);
                ((PyDict)Get(self, "NameToInfo")).SetItemCore(Get(zinfo, "filename"), zinfo);
                Call(fp, "write", Call(zinfo, "FileHeader", PyBool.False));
                return None;
            }
            PyObject f = PyFile.Open(filename, "rb", -1);
            byte[] content;
            try { content = Bytes(Call(f, "read")); }
            finally { Call(f, "close"); }
            bool zip64 = True(Get(self, "_allowZip64")) && L(Get(zinfo, "file_size")) * 1.05 > ZipRecords.Zip64Limit;
            bool deflated = L(Get(zinfo, "compress_type")) == 8;
            byte[] stored = deflated ? Deflate(content) : content;
            Set(zinfo, "CRC", I(Checksums.Crc32(content, 0)));
            Set(zinfo, "compress_size", I(stored.Length));
            Set(zinfo, "file_size", I(content.Length));
            Call(fp, "write", Call(zinfo, "FileHeader", PyBool.From(zip64)));
            Call(fp, "write", PyStr.FromBytes(stored));
            ((PyList)Get(self, "filelist")).Append(zinfo);
            ((PyDict)Get(self, "NameToInfo")).SetItemCore(Get(zinfo, "filename"), zinfo);
            return None;
        }

        private static PyObject WriteStr(PyObject self, PyObject zinfoOrArcname, PyObject bytes, PyObject compressType, PyType zipInfo)
        {
            PyObject zinfo;
            if (!Ops.IsInstance(zinfoOrArcname, zipInfo))
            {
                PyObject now = Ops.GetSlice(Call(Mod("time"), "localtime", Call(Mod("time"), "time")), null, I(6));
                zinfo = Ops.Call(zipInfo, new[] { zinfoOrArcname, now }, new[] { PyStr.Intern("filename"), PyStr.Intern("date_time") });
                Set(zinfo, "compress_type", Get(self, "compression"));
                if (Text(Get(zinfo, "filename")).EndsWith("/")) Set(zinfo, "external_attr", I((0x41FDL << 16) | 0x10));
                else Set(zinfo, "external_attr", I(0x180L << 16));
            }
            else zinfo = zinfoOrArcname;
            PyObject fp = Get(self, "fp");
            if (!True(fp)) Runtime("Attempt to write to ZIP archive that was already closed");
            if (compressType is not PyNone) Set(zinfo, "compress_type", compressType);
            byte[] content = Bytes(bytes);
            Set(zinfo, "file_size", I(content.Length));
            Set(zinfo, "header_offset", Call(fp, "tell"));
            Call(self, "_writecheck", zinfo);
            Set(self, "_didModify", PyBool.True);
            Set(zinfo, "CRC", I(Checksums.Crc32(content, 0)));
            byte[] stored = content;
            if (L(Get(zinfo, "compress_type")) == 8)
            {
                stored = Deflate(content);
                Set(zinfo, "compress_size", I(stored.Length));
            }
            else Set(zinfo, "compress_size", Get(zinfo, "file_size"));
            bool zip64 = content.Length > ZipRecords.Zip64Limit || stored.Length > ZipRecords.Zip64Limit;
            if (zip64 && !True(Get(self, "_allowZip64"))) throw Raise(zipfileModule.LargeZipFile, "Filesize would require ZIP64 extensions");
            Call(fp, "write", Call(zinfo, "FileHeader", PyBool.From(zip64)));
            Call(fp, "write", PyStr.FromBytes(stored));
            if ((L(Get(zinfo, "flag_bits")) & 0x08) != 0)
            {
                var w = new ZipRecords.Writer().L(0x08074b50).L(L(Get(zinfo, "CRC")));
                if (zip64) w.Q(stored.Length).Q(content.Length); else w.L(stored.Length).L(content.Length);
                Call(fp, "write", PyStr.FromBytes(w.ToArray()));
            }
            Call(fp, "flush");
            ((PyList)Get(self, "filelist")).Append(zinfo);
            ((PyDict)Get(self, "NameToInfo")).SetItemCore(Get(zinfo, "filename"), zinfo);
            return None;
        }

        private static PyObject Close(PyObject self)
        {
            PyObject fp = Get(self, "fp");
            if (fp is PyNone) return None;
            try
            {
                string mode = Text(Get(self, "mode"));
                if ((mode == "w" || mode == "a") && True(Get(self, "_didModify")))
                {
                    long pos1 = L(Call(fp, "tell"));
                    var it = Ops.Iter(Get(self, "filelist"));
                    int count = 0;
                    for (var z = it.Next(); z != null; z = it.Next())
                    {
                        count++;
                        var (dostime, dosdate) = ZipInfoClass.DosDateTime(Get(z, "date_time"));
                        long fileSize = L(Get(z, "file_size")), compressSize = L(Get(z, "compress_size")), headerOffset = L(Get(z, "header_offset"));
                        var extra = new System.Collections.Generic.List<long>();
                        if (fileSize > ZipRecords.Zip64Limit || compressSize > ZipRecords.Zip64Limit)
                        {
                            extra.Add(fileSize);
                            extra.Add(compressSize);
                            fileSize = compressSize = 0xffffffff;
                        }
                        if (headerOffset > ZipRecords.Zip64Limit)
                        {
                            extra.Add(headerOffset);
                            headerOffset = 0xffffffff;
                        }
                        byte[] extraData = Bytes(Get(z, "extra"));
                        long extractVersion = L(Get(z, "extract_version")), createVersion = L(Get(z, "create_version"));
                        if (extra.Count > 0)
                        {
                            var w = new ZipRecords.Writer().H(1).H(8 * extra.Count);
                            foreach (long v in extra) w.Q(v);
                            extraData = w.Raw(StripZip64Extra(extraData)).ToArray();
                            extractVersion = Math.Max(45, extractVersion);
                            createVersion = Math.Max(45, createVersion);
                        }
                        var enc = Ops.UnpackSequence(Call(z, "_encodeFilenameFlags"), 2);
                        byte[] filename = Bytes(enc[0]);
                        byte[] comment = Bytes(Get(z, "comment"));
                        byte[] centdir = new ZipRecords.Writer().Sig(1, 2)
                            .B(createVersion).B(L(Get(z, "create_system"))).B(extractVersion).B(L(Get(z, "reserved")))
                            .H(L(enc[1])).H(L(Get(z, "compress_type"))).H(dostime).H(dosdate)
                            .L(L(Get(z, "CRC"))).L(compressSize).L(fileSize)
                            .H(filename.Length).H(extraData.Length).H(comment.Length).H(0).H(L(Get(z, "internal_attr")))
                            .L(L(Get(z, "external_attr"))).L(headerOffset).ToArray();
                        Call(fp, "write", PyStr.FromBytes(centdir));
                        Call(fp, "write", PyStr.FromBytes(filename));
                        Call(fp, "write", PyStr.FromBytes(extraData));
                        Call(fp, "write", PyStr.FromBytes(comment));
                    }
                    long pos2 = L(Call(fp, "tell"));
                    long centDirCount = count, centDirSize = pos2 - pos1, centDirOffset = pos1;
                    string requires = centDirCount > ZipRecords.FileCountLimit ? "Files count"
                        : centDirOffset > ZipRecords.Zip64Limit ? "Central directory offset"
                        : centDirSize > ZipRecords.Zip64Limit ? "Central directory size" : null;
                    if (requires != null)
                    {
                        if (!True(Get(self, "_allowZip64"))) throw Raise(zipfileModule.LargeZipFile, requires + " would require ZIP64 extensions");
                        Call(fp, "write", PyStr.FromBytes(new ZipRecords.Writer().Sig(6, 6).Q(44).H(45).H(45).L(0).L(0)
                            .Q(centDirCount).Q(centDirCount).Q(centDirSize).Q(centDirOffset).ToArray()));
                        Call(fp, "write", PyStr.FromBytes(new ZipRecords.Writer().Sig(6, 7).L(0).Q(pos2).L(1).ToArray()));
                        centDirCount = Math.Min(centDirCount, 0xFFFF);
                        centDirSize = Math.Min(centDirSize, 0xFFFFFFFF);
                        centDirOffset = Math.Min(centDirOffset, 0xFFFFFFFF);
                    }
                    byte[] archiveComment = Bytes(Get(self, "_comment"));
                    Call(fp, "write", PyStr.FromBytes(new ZipRecords.Writer().Sig(5, 6).H(0).H(0).H(centDirCount).H(centDirCount)
                        .L(centDirSize).L(centDirOffset).H(archiveComment.Length).ToArray()));
                    Call(fp, "write", PyStr.FromBytes(archiveComment));
                    Call(fp, "flush");
                }
            }
            finally
            {
                Set(self, "fp", None);
                if (!True(Get(self, "_filePassed"))) Call(fp, "close");
            }
            return None;
        }

        /// <summary>_strip_extra(extra, (1,)): drops existing zip64 fields.</summary>
        private static byte[] StripZip64Extra(byte[] extra)
        {
            var kept = new MemoryStream();
            int i = 0;
            while (i + 4 <= extra.Length)
            {
                int xid = ZipRecords.H(extra, i), xlen = ZipRecords.H(extra, i + 2);
                int j = i + 4 + xlen;
                if (xid != 1) kept.Write(extra.AsSpan(i, Math.Min(j, extra.Length) - i));
                i = j;
            }
            return kept.ToArray();
        }
    }
}
