namespace Py2Cs.Runtime
{
    /// <summary>
    /// RawConfigParser._read: 2.7's line grammar step by step on the lines fp.readline() returns
    /// (str or unicode alike: every test is the line's own method), storing into the parser's mappings.
    /// </summary>
    public static partial class ConfigParserModule
    {
        private static readonly PyStr CommentStarts = PyStr.FromString("#;");
        private static readonly PyStr RemStarts = PyStr.FromString("rR");
        private static readonly PyStr Rem = PyStr.FromString("rem");
        private static readonly PyStr Semicolon = PyStr.FromString(";");
        private static readonly PyStr EmptyValue = PyStr.FromString("\"\"");
        private static readonly PyTuple Separators = PyTuple.Create(PyStr.FromString("="), PyStr.FromString(":"));
        private static readonly PyInt Zero = PyInt.From(0);
        private static readonly PyInt One = PyInt.From(1);

        private static void ReadConfig(PyObject self, PyObject fp, PyObject fpname)
        {
            PyObject cursect = null;
            PyObject optname = None;
            int lineno = 0;
            PyObject e = null;
            while (true)
            {
                PyObject line = Call(fp, "readline");
                if (!Ops.IsTrue(line)) break;
                lineno++;
                // comment or blank line?
                if (Ops.Eq(Call(line, "strip"), PyStr.Empty) || Ops.Contains(CommentStarts, Ops.GetItem(line, Zero))) continue;
                if (Ops.Eq(Call(Ops.GetItem(Call(line, "split", None, One), Zero), "lower"), Rem)
                    && Ops.Contains(RemStarts, Ops.GetItem(line, Zero)))
                    continue;
                // continuation line?
                if (Ops.IsTrue(Call(Ops.GetItem(line, Zero), "isspace")) && cursect != null && Ops.IsTrue(optname))
                {
                    PyObject value = Call(line, "strip");
                    if (Ops.IsTrue(value)) Call(Ops.GetItem(cursect, optname), "append", value);
                    continue;
                }
                PyObject mo = Call(Attr(self, "SECTCRE"), "match", line);
                if (Ops.IsTrue(mo))
                {
                    PyObject sectname = Call(mo, "group", S("header"));
                    PyObject sections = Attr(self, "_sections");
                    if (Ops.Contains(sections, sectname)) cursect = Ops.GetItem(sections, sectname);
                    else if (Ops.Eq(sectname, DEFAULTSECT)) cursect = Attr(self, "_defaults");
                    else
                    {
                        cursect = Ops.Call(Attr(self, "_dict"));
                        Ops.SetItem(cursect, NameKey, sectname);
                        Ops.SetItem(Attr(self, "_sections"), sectname, cursect);
                    }
                    // So sections can't start with a continuation line.
                    optname = None;
                }
                else if (cursect == null)
                {
                    throw Raise(MissingSectionHeaderError, fpname, PyInt.From(lineno), line);
                }
                else
                {
                    mo = Call(Attr(self, "_optcre"), "match", line);
                    if (Ops.IsTrue(mo))
                    {
                        PyObject[] groups = Ops.UnpackSequence(Call(mo, "group", S("option"), S("vi"), S("value")), 3);
                        PyObject vi = groups[1], optval = groups[2];
                        optname = OptionXform(self, Call(groups[0], "rstrip"));
                        if (!(optval is PyNone))
                        {
                            if (Ops.Contains(Separators, vi) && Ops.Contains(optval, Semicolon))
                            {
                                // ';' starts a comment only after a space (optval[pos-1] with pos 0 is the last character).
                                PyObject pos = Call(optval, "find", Semicolon);
                                if (Ops.IndexToLong(pos) != -1 && Ops.IsTrue(Call(Ops.GetItem(optval, Ops.Subtract(pos, One)), "isspace")))
                                    optval = Ops.GetSlice(optval, null, pos);
                            }
                            optval = Call(optval, "strip");
                            if (Ops.Eq(optval, EmptyValue)) optval = PyStr.Empty;
                            Ops.SetItem(cursect, optname, PyList.FromArray(new[] { optval }));
                        }
                        else
                        {
                            // valueless option (allow_no_value)
                            Ops.SetItem(cursect, optname, optval);
                        }
                    }
                    else
                    {
                        // Not fatal: every bad line is collected and raised at the end of the file.
                        if (e == null || !Ops.IsTrue(e)) e = Ops.Call(ParsingError, fpname);
                        Call(e, "append", PyInt.From(lineno), Ops.Repr(line));
                    }
                }
            }
            if (e != null && Ops.IsTrue(e)) throw Ops.MakeRaise(e);

            // Join the multi-line values collected while reading.
            var allSections = new PyList();
            allSections.Append(Attr(self, "_defaults"));
            Call(allSections, "extend", Call(Attr(self, "_sections"), "values"));
            foreach (PyObject options in Ops.Enumerate(allSections))
            {
                foreach (PyObject pair in Ops.Enumerate(Call(options, "items")))
                {
                    PyObject[] kv = Ops.UnpackSequence(pair, 2);
                    if (Ops.IsInstance(kv[1], PyList.TypeObject)) Ops.SetItem(options, kv[0], Call(Newline, "join", kv[1]));
                }
            }
        }
    }
}
