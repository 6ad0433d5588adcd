using tarfileModule = Py2Cs.Runtime.tarfile;
using System;
using System.Collections.Generic;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.tarfile
{
    /// <summary>
    /// tarfile.TarInfo, an ordinary Python class: its fields are instance attributes and every
    /// method (tobuf, frombuf, _proc_member...) is found by attribute look-up, so a subclass passed
    /// as TarFile(tarinfo=...) is used throughout, as in 2.7.
    /// </summary>
    internal static class TarInfoClass
    {
        private static readonly string[] SupportedTypes = { "0", "\0", "1", "2", "5", "6", "7", "3", "4", "L", "K", "S" };
        private static readonly string[] RegularTypes = { "0", "\0", "7", "S" };
        private static readonly string[] GnuTypes = { "L", "K", "S" };
        private static readonly string[] PaxFields = { "path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname" };

        public static bool IsSupported(string type) => Array.IndexOf(SupportedTypes, type) >= 0;

        private static PyFunction Fn(string name, string[] p, Func<PyObject[], PyObject> body, PyObject[] defaults = null) =>
            PyFunction.WithBoundArguments(new FunctionSignature(name, p), body, defaults);

        private static string TypeOf(PyObject self) => Text(Get(self, "type"));

        private static PyObject Predicate(string name, Func<string, bool> test) => Fn(name, new[] { "self" }, a => PyBool.From(test(TypeOf(a[0]))));

        public static PyType Build()
        {
            var b = new PythonClassBuilder("tarfile", "TarInfo", PyType.ObjectType)
                .Attribute("__doc__", S("Informational class which holds the details about an\n       archive member given by a tar header block.\n       TarInfo objects are returned by TarFile.getmember(),\n       TarFile.getmembers() and TarFile.gettarinfo() and are\n       usually created internally.\n    "))
                .Method("__init__", new[] { "self", "name" }, a =>
                {
                    PyObject self = a[0];
                    Set(self, "name", a[1]);
                    Set(self, "mode", I(0x1a4));
                    Set(self, "uid", I(0));
                    Set(self, "gid", I(0));
                    Set(self, "size", I(0));
                    Set(self, "mtime", I(0));
                    Set(self, "chksum", I(0));
                    Set(self, "type", S("0"));
                    Set(self, "linkname", S(""));
                    Set(self, "uname", S(""));
                    Set(self, "gname", S(""));
                    Set(self, "devmajor", I(0));
                    Set(self, "devminor", I(0));
                    Set(self, "offset", I(0));
                    Set(self, "offset_data", I(0));
                    Set(self, "pax_headers", new PyDict());
                    return None;
                }, defaults: new[] { S("") })
                .Attribute("path", new PyProperty(Fn("_getpath", new[] { "self" }, a => Get(a[0], "name")),
                    Fn("_setpath", new[] { "self", "name" }, a => { Set(a[0], "name", a[1]); return None; }), null, None))
                .Attribute("linkpath", new PyProperty(Fn("_getlinkpath", new[] { "self" }, a => Get(a[0], "linkname")),
                    Fn("_setlinkpath", new[] { "self", "linkname" }, a => { Set(a[0], "linkname", a[1]); return None; }), null, None))
                .Method("__repr__", new[] { "self" }, a =>
                    S("<" + Text(ClassName(a[0])) + " " + Ops.Repr(Get(a[0], "name")) + " at 0x" + Ops.Id(a[0]).ToString("x") + ">"))
                .Method("get_info", new[] { "self", "encoding", "errors" }, a => GetInfo(a[0], a[1], a[2]))
                .Method("tobuf", new[] { "self", "format", "encoding", "errors" }, a =>
                {
                    PyObject info = Call(a[0], "get_info", a[2], a[3]);
                    long format = L(a[1]);
                    if (format == TarHeader.UstarFormat) return Call(a[0], "create_ustar_header", info);
                    if (format == TarHeader.GnuFormat) return Call(a[0], "create_gnu_header", info);
                    if (format == TarHeader.PaxFormat) return Call(a[0], "create_pax_header", info, a[2], a[3]);
                    throw Ops.ValueError("invalid format");
                }, defaults: new[] { I(1), tarfileModule.ENCODING, S("strict") })
                .Method("create_ustar_header", new[] { "self", "info" }, a =>
                {
                    var info = (PyDict)a[1];
                    info.SetItemCore(S("magic"), S("ustar\u000000"));
                    if (Ops.Len(info.GetItemCore(S("linkname"))) > 100) throw Ops.ValueError("linkname is too long");
                    if (Ops.Len(info.GetItemCore(S("name"))) > 100)
                    {
                        var parts = Ops.UnpackSequence(Call(a[0], "_posix_split_name", info.GetItemCore(S("name"))), 2);
                        info.SetItemCore(S("prefix"), parts[0]);
                        info.SetItemCore(S("name"), parts[1]);
                    }
                    return Call(a[0], "_create_header", info, I(TarHeader.UstarFormat));
                })
                .Method("create_gnu_header", new[] { "self", "info" }, a =>
                {
                    var info = (PyDict)a[1];
                    info.SetItemCore(S("magic"), S("ustar  \0"));
                    PyObject buf = S("");
                    if (Ops.Len(info.GetItemCore(S("linkname"))) > 100)
                        buf = Ops.Add(buf, Call(a[0], "_create_gnu_long_header", info.GetItemCore(S("linkname")), S("K")));
                    if (Ops.Len(info.GetItemCore(S("name"))) > 100)
                        buf = Ops.Add(buf, Call(a[0], "_create_gnu_long_header", info.GetItemCore(S("name")), S("L")));
                    return Ops.Add(buf, Call(a[0], "_create_header", info, I(TarHeader.GnuFormat)));
                })
                .Method("create_pax_header", new[] { "self", "info", "encoding", "errors" }, a => CreatePaxHeader(a[0], (PyDict)a[1], a[2], a[3]))
                .Attribute("create_pax_global_header", new PyClassMethod(Fn("create_pax_global_header", new[] { "cls", "pax_headers" },
                    a => Call(a[0], "_create_pax_generic_header", a[1], S("g")))))
                .Method("_posix_split_name", new[] { "self", "name" }, a =>
                {
                    byte[] name = Bytes(a[1]);
                    int len = Math.Min(name.Length, 156);
                    while (len > 0 && name[len - 1] != '/') len--;
                    byte[] rest = name[len..];
                    byte[] prefix = len > 0 ? name[..(len - 1)] : Array.Empty<byte>();
                    if (prefix.Length == 0 || rest.Length > 100) throw Ops.ValueError("name is too long");
                    return PyTuple.Create(PyStr.FromBytes(prefix), PyStr.FromBytes(rest));
                })
                .Attribute("_create_header", new PyStaticMethod(Fn("_create_header", new[] { "info", "format" }, a => CreateHeader((PyDict)a[0], (int)L(a[1])))))
                .Attribute("_create_payload", new PyStaticMethod(Fn("_create_payload", new[] { "payload" }, a => PyStr.FromBytes(TarHeader.Payload(Bytes(a[0]))))))
                .Attribute("_create_gnu_long_header", new PyClassMethod(Fn("_create_gnu_long_header", new[] { "cls", "name", "type" }, a =>
                {
                    byte[] name = Bytes(a[1]);
                    var withNul = new byte[name.Length + 1];
                    name.CopyTo(withNul, 0);
                    var info = new PyDict();
                    info.SetItemCore(S("name"), S("././@LongLink"));
                    info.SetItemCore(S("type"), a[2]);
                    info.SetItemCore(S("size"), I(withNul.Length));
                    info.SetItemCore(S("magic"), S("ustar  \0"));
                    return Ops.Add(Call(a[0], "_create_header", info, I(TarHeader.UstarFormat)), Call(a[0], "_create_payload", PyStr.FromBytes(withNul)));
                })))
                .Attribute("_create_pax_generic_header", new PyClassMethod(Fn("_create_pax_generic_header", new[] { "cls", "pax_headers", "type" },
                    a => PaxGenericHeader(a[0], a[1], a[2]), new[] { S("x") })))
                .Attribute("frombuf", new PyClassMethod(Fn("frombuf", new[] { "cls", "buf" }, a => FromBuf(a[0], a[1]))))
                .Attribute("fromtarfile", new PyClassMethod(Fn("fromtarfile", new[] { "cls", "tarfile" }, a =>
                {
                    PyObject fileobj = Get(a[1], "fileobj");
                    PyObject buf = Call(fileobj, "read", I(TarHeader.BlockSize));
                    PyObject obj = Call(a[0], "frombuf", buf);
                    Set(obj, "offset", I(L(Call(fileobj, "tell")) - TarHeader.BlockSize));
                    return Call(obj, "_proc_member", a[1]);
                })))
                .Method("_proc_member", new[] { "self", "tarfile" }, a =>
                {
                    string t = TypeOf(a[0]);
                    if (t == "L" || t == "K") return Call(a[0], "_proc_gnulong", a[1]);
                    if (t == "S") return Call(a[0], "_proc_sparse", a[1]);
                    if (t == "x" || t == "g" || t == "X") return Call(a[0], "_proc_pax", a[1]);
                    return Call(a[0], "_proc_builtin", a[1]);
                })
                .Method("_proc_builtin", new[] { "self", "tarfile" }, a =>
                {
                    PyObject self = a[0], tf = a[1];
                    long offsetData = L(Call(Get(tf, "fileobj"), "tell"));
                    Set(self, "offset_data", I(offsetData));
                    long offset = offsetData;
                    if (True(Call(self, "isreg")) || !IsSupported(TypeOf(self))) offset += L(Call(self, "_block", Get(self, "size")));
                    Set(tf, "offset", I(offset));
                    Call(self, "_apply_pax_info", Get(tf, "pax_headers"), Get(tf, "encoding"), Get(tf, "errors"));
                    return self;
                })
                .Method("_proc_gnulong", new[] { "self", "tarfile" }, a =>
                {
                    PyObject self = a[0], tf = a[1];
                    PyObject buf = Call(Get(tf, "fileobj"), "read", Call(self, "_block", Get(self, "size")));
                    PyObject next = NextHeader(self, tf);
                    Set(next, "offset", Get(self, "offset"));
                    var name = PyStr.FromBytes(TarHeader.Nts(((PyStr)buf).Bytes));
                    if (TypeOf(self) == "L") Set(next, "name", name);
                    else Set(next, "linkname", name);
                    return next;
                })
                .Method("_proc_sparse", new[] { "self", "tarfile" }, a => ProcSparse(a[0], a[1]))
                .Method("_proc_pax", new[] { "self", "tarfile" }, a => ProcPax(a[0], a[1]))
                .Method("_apply_pax_info", new[] { "self", "pax_headers", "encoding", "errors" }, a => ApplyPaxInfo(a[0], a[1], a[2], a[3]))
                .Method("_block", new[] { "self", "count" }, a =>
                {
                    var count = Big(a[1]);
                    var blocks = System.Numerics.BigInteger.DivRem(count, TarHeader.BlockSize, out var rem);
                    if (!rem.IsZero) blocks += 1;
                    return PyInt.FromBig(blocks * TarHeader.BlockSize);
                })
                .Attribute("isreg", Predicate("isreg", t => Array.IndexOf(RegularTypes, t) >= 0))
                .Method("isfile", new[] { "self" }, a => Call(a[0], "isreg"))
                .Attribute("isdir", Predicate("isdir", t => t == "5"))
                .Attribute("issym", Predicate("issym", t => t == "2"))
                .Attribute("islnk", Predicate("islnk", t => t == "1"))
                .Attribute("ischr", Predicate("ischr", t => t == "3"))
                .Attribute("isblk", Predicate("isblk", t => t == "4"))
                .Attribute("isfifo", Predicate("isfifo", t => t == "6"))
                .Attribute("issparse", Predicate("issparse", t => t == "S"))
                .Attribute("isdev", Predicate("isdev", t => t == "3" || t == "4" || t == "6"));
            return b.Build();
        }

        private static PyObject NextHeader(PyObject self, PyObject tf)
        {
            try { return Call(self, "fromtarfile", tf); }
            catch (PythonException e) when (e.Matches(tarfileModule.HeaderError))
            {
                throw Raise(tarfileModule.SubsequentHeaderError, "missing or bad subsequent header");
            }
        }

        private static PyObject GetInfo(PyObject self, PyObject encoding, PyObject errors)
        {
            var info = new PyDict();
            void Put(string k, PyObject v) => info.SetItemCore(S(k), v);
            Put("name", Get(self, "name"));
            Put("mode", Ops.BitAnd(Get(self, "mode"), I(0xfff)));
            Put("uid", Get(self, "uid"));
            Put("gid", Get(self, "gid"));
            Put("size", Get(self, "size"));
            Put("mtime", Get(self, "mtime"));
            Put("chksum", Get(self, "chksum"));
            Put("type", Get(self, "type"));
            Put("linkname", Get(self, "linkname"));
            Put("uname", Get(self, "uname"));
            Put("gname", Get(self, "gname"));
            Put("devmajor", Get(self, "devmajor"));
            Put("devminor", Get(self, "devminor"));
            if (Text(info.GetItemCore(S("type"))) == "5" && !Text(info.GetItemCore(S("name"))).EndsWith("/"))
                Put("name", Ops.Add(info.GetItemCore(S("name")), S("/")));
            foreach (string key in new[] { "name", "linkname", "uname", "gname" })
                if (info.GetItemCore(S(key)) is PyUnicode u) Put(key, Ops.CallMethod(u, "encode", encoding, errors));
            return info;
        }

        private static PyObject InfoGet(PyDict info, string key, PyObject dflt) => info.Get(S(key)) ?? dflt;

        private static PyObject CreateHeader(PyDict info, int format)
        {
            var f = new TarHeader.Fields
            {
                Name = Bytes(InfoGet(info, "name", S(""))),
                Mode = Big(InfoGet(info, "mode", I(0))),
                Uid = Big(InfoGet(info, "uid", I(0))),
                Gid = Big(InfoGet(info, "gid", I(0))),
                Size = Big(InfoGet(info, "size", I(0))),
                Mtime = Big(InfoGet(info, "mtime", I(0))),
                Type = Bytes(InfoGet(info, "type", S("0"))),
                Linkname = Bytes(InfoGet(info, "linkname", S(""))),
                Magic = Bytes(InfoGet(info, "magic", S("ustar\u000000"))),
                Uname = Bytes(InfoGet(info, "uname", S(""))),
                Gname = Bytes(InfoGet(info, "gname", S(""))),
                Devmajor = Big(InfoGet(info, "devmajor", I(0))),
                Devminor = Big(InfoGet(info, "devminor", I(0))),
                Prefix = Bytes(InfoGet(info, "prefix", S(""))),
            };
            return PyStr.FromBytes(TarHeader.Create(f, format));
        }

        private static PyObject CreatePaxHeader(PyObject self, PyDict info, PyObject encoding, PyObject errors)
        {
            info.SetItemCore(S("magic"), S("ustar\u000000"));
            var pax = ((PyDict)Get(self, "pax_headers")).Copy();
            foreach (var (name, hname, length) in new[] { ("name", "path", 100), ("linkname", "linkpath", 100), ("uname", "uname", 32), ("gname", "gname", 32) })
            {
                if (pax.ContainsKey(S(hname))) continue;
                PyObject raw = info.GetItemCore(S(name));
                PyObject val = Ops.CallMethod(raw, "decode", encoding, errors);
                try { Ops.CallMethod(val, "encode", S("ascii")); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeEncodeError))
                {
                    pax.SetItemCore(S(hname), val);
                    continue;
                }
                if (Ops.Len(raw) > length) pax.SetItemCore(S(hname), val);
            }
            foreach (var (name, digits) in new[] { ("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12) })
            {
                if (pax.ContainsKey(S(name))) { info.SetItemCore(S(name), I(0)); continue; }
                PyObject val = info.GetItemCore(S(name));
                var n = Big(val);
                bool inRange = val is PyFloat fv ? fv.Value >= 0 && fv.Value < Math.Pow(8, digits - 1) : n >= 0 && n < System.Numerics.BigInteger.Pow(8, digits - 1);
                if (!inRange || val is PyFloat)
                {
                    pax.SetItemCore(S(name), Ops.ToUnicode(val));
                    info.SetItemCore(S(name), I(0));
                }
            }
            PyObject buf = pax.Count > 0 ? Call(self, "_create_pax_generic_header", pax) : S("");
            return Ops.Add(buf, Call(self, "_create_header", info, I(TarHeader.UstarFormat)));
        }

        private static PyObject PaxGenericHeader(PyObject cls, PyObject paxHeaders, PyObject type)
        {
            var records = new List<byte>();
            var it = Ops.Iter(Ops.CallMethod(paxHeaders, "iteritems"));
            for (var item = it.Next(); item != null; item = it.Next())
            {
                var kv = Ops.UnpackSequence(item, 2);
                byte[] keyword = Bytes(Ops.CallMethod(kv[0], "encode", S("utf8")));
                byte[] value = Bytes(Ops.CallMethod(kv[1], "encode", S("utf8")));
                int l = keyword.Length + value.Length + 3;
                int n, p = 0;
                while (true)
                {
                    n = l + p.ToString().Length;
                    if (n == p) break;
                    p = n;
                }
                records.AddRange(Encoding.ASCII.GetBytes(p + " "));
                records.AddRange(keyword);
                records.Add((byte)'=');
                records.AddRange(value);
                records.Add((byte)'\n');
            }
            var info = new PyDict();
            info.SetItemCore(S("name"), S("././@PaxHeader"));
            info.SetItemCore(S("type"), type);
            info.SetItemCore(S("size"), I(records.Count));
            info.SetItemCore(S("magic"), S("ustar\u000000"));
            return Ops.Add(Call(cls, "_create_header", info, I(TarHeader.UstarFormat)), Call(cls, "_create_payload", PyStr.FromBytes(records.ToArray())));
        }

        private static PyObject Number(ReadOnlySpan<byte> field) =>
            TarHeader.Nti(field) ?? throw Raise(tarfileModule.InvalidHeaderError, "invalid header");

        private static PyObject FromBuf(PyObject cls, PyObject bufObj)
        {
            byte[] buf = Bytes(bufObj);
            if (buf.Length == 0) throw Raise(tarfileModule.EmptyHeaderError, "empty header");
            if (buf.Length != TarHeader.BlockSize) throw Raise(tarfileModule.TruncatedHeaderError, "truncated header");
            if (Array.TrueForAll(buf, x => x == 0)) throw Raise(tarfileModule.EOFHeaderError, "end of file header");
            PyObject chksum = Number(buf.AsSpan(148, 8));
            var (u, s) = TarHeader.Checksums(buf);
            if (!(Ops.Eq(chksum, I(u)) || Ops.Eq(chksum, I(s)))) throw Raise(tarfileModule.InvalidHeaderError, "bad checksum");
            PyObject obj = Ops.Call(cls);
            Set(obj, "buf", bufObj);
            Set(obj, "name", PyStr.FromBytes(TarHeader.Nts(buf.AsSpan(0, 100))));
            Set(obj, "mode", Number(buf.AsSpan(100, 8)));
            Set(obj, "uid", Number(buf.AsSpan(108, 8)));
            Set(obj, "gid", Number(buf.AsSpan(116, 8)));
            Set(obj, "size", Number(buf.AsSpan(124, 12)));
            Set(obj, "mtime", Number(buf.AsSpan(136, 12)));
            Set(obj, "chksum", chksum);
            Set(obj, "type", PyStr.FromBytes(buf.AsSpan(156, 1)));
            Set(obj, "linkname", PyStr.FromBytes(TarHeader.Nts(buf.AsSpan(157, 100))));
            Set(obj, "uname", PyStr.FromBytes(TarHeader.Nts(buf.AsSpan(265, 32))));
            Set(obj, "gname", PyStr.FromBytes(TarHeader.Nts(buf.AsSpan(297, 32))));
            Set(obj, "devmajor", Number(buf.AsSpan(329, 8)));
            Set(obj, "devminor", Number(buf.AsSpan(337, 8)));
            byte[] prefix = TarHeader.Nts(buf.AsSpan(345, 155));
            if (TypeOf(obj) == "\0" && Text(Get(obj, "name")).EndsWith("/")) Set(obj, "type", S("5"));
            if (True(Call(obj, "isdir"))) Set(obj, "name", Ops.CallMethod(Get(obj, "name"), "rstrip", S("/")));
            if (prefix.Length > 0 && Array.IndexOf(GnuTypes, TypeOf(obj)) < 0)
                Set(obj, "name", Ops.Add(Ops.Add(PyStr.FromBytes(prefix), S("/")), Get(obj, "name")));
            return obj;
        }

        /// <summary>GNU sparse members: the map is read (so the archive stays in step) and the member's
        /// size becomes the original size; extracting one reads the stored data regions back to back
        /// with their holes filled with NULs.</summary>
        private static PyObject ProcSparse(PyObject self, PyObject tf)
        {
            byte[] buf = Bytes(Get(self, "buf"));
            var sections = new PyList();
            long lastpos = 0, realpos = 0;
            int pos = 386;
            void Scan(int count)
            {
                for (int i = 0; i < count; i++)
                {
                    PyObject off = TarHeader.Nti(buf.AsSpan(pos, 12)), num = TarHeader.Nti(buf.AsSpan(pos + 12, 12));
                    if (off == null || num == null) break;
                    long offset = L(off), numbytes = L(num);
                    if (offset > lastpos) sections.Append(PyTuple.Create(S("hole"), I(lastpos), I(offset - lastpos), I(0)));
                    sections.Append(PyTuple.Create(S("data"), I(offset), I(numbytes), I(realpos)));
                    realpos += numbytes;
                    lastpos = offset + numbytes;
                    pos += 24;
                }
            }
            Scan(4);
            int isextended = buf[482];
            long origsize = L(Number(buf.AsSpan(483, 12)));
            while (isextended == 1)
            {
                buf = Bytes(Call(Get(tf, "fileobj"), "read", I(TarHeader.BlockSize)));
                pos = 0;
                Scan(21);
                isextended = buf[504];
            }
            if (lastpos < origsize) sections.Append(PyTuple.Create(S("hole"), I(lastpos), I(origsize - lastpos), I(0)));
            Set(self, "sparse", sections);
            long offsetData = L(Call(Get(tf, "fileobj"), "tell"));
            Set(self, "offset_data", I(offsetData));
            Set(tf, "offset", I(offsetData + L(Call(self, "_block", Get(self, "size")))));
            Set(self, "size", I(origsize));
            return self;
        }

        private static PyObject ProcPax(PyObject self, PyObject tf)
        {
            byte[] buf = Bytes(Call(Get(tf, "fileobj"), "read", Call(self, "_block", Get(self, "size"))));
            string type = TypeOf(self);
            PyDict tfHeaders = (PyDict)Get(tf, "pax_headers");
            PyDict pax = type == "g" ? tfHeaders : tfHeaders.Copy();
            int pos = 0;
            while (true)
            {
                // the record regex r"(\d+) ([^=]+)=" matched at pos
                int i = pos;
                while (i < buf.Length && buf[i] >= '0' && buf[i] <= '9') i++;
                if (i == pos || i >= buf.Length || buf[i] != ' ') break;
                int kStart = i + 1, kEnd = kStart;
                while (kEnd < buf.Length && buf[kEnd] != '=') kEnd++;
                if (kEnd == kStart || kEnd >= buf.Length) break;
                int length = int.Parse(Encoding.ASCII.GetString(buf, pos, i - pos));
                int vEnd = Math.Min(buf.Length, pos + length - 1);
                byte[] value = vEnd > kEnd + 1 ? buf[(kEnd + 1)..vEnd] : Array.Empty<byte>();
                PyObject keyword = Ops.CallMethod(PyStr.FromBytes(buf.AsSpan(kStart, kEnd - kStart)), "decode", S("utf8"));
                pax.SetItemCore(keyword, Ops.CallMethod(PyStr.FromBytes(value), "decode", S("utf8")));
                pos += length;
            }
            PyObject next = NextHeader(self, tf);
            if (type == "x" || type == "X")
            {
                Call(next, "_apply_pax_info", pax, Get(tf, "encoding"), Get(tf, "errors"));
                Set(next, "offset", Get(self, "offset"));
                if (pax.ContainsKey(S("size")))
                {
                    long offset = L(Get(next, "offset_data"));
                    if (True(Call(next, "isreg")) || !IsSupported(TypeOf(next))) offset += L(Call(next, "_block", Get(next, "size")));
                    Set(tf, "offset", I(offset));
                }
            }
            return next;
        }

        private static PyObject ApplyPaxInfo(PyObject self, PyObject paxHeaders, PyObject encoding, PyObject errors)
        {
            var it = Ops.Iter(Ops.CallMethod(paxHeaders, "iteritems"));
            for (var item = it.Next(); item != null; item = it.Next())
            {
                var kv = Ops.UnpackSequence(item, 2);
                string keyword = Text(kv[0]);
                PyObject value = kv[1];
                if (Array.IndexOf(PaxFields, keyword) < 0) continue;
                if (keyword == "path") value = Ops.CallMethod(value, "rstrip", S("/"));
                if (keyword == "mtime" || keyword == "uid" || keyword == "gid" || keyword == "size")
                {
                    try { value = Ops.Call(keyword == "mtime" ? PyFloat.TypeObject : PyInt.TypeObject, value); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError)) { value = I(0); }
                }
                else value = tarfileModule.uts(value, encoding, errors);
                Ops.SetAttr(self, PyStr.Intern(keyword), value);
            }
            Set(self, "pax_headers", Ops.CallMethod(paxHeaders, "copy"));
            return None;
        }
    }
}
