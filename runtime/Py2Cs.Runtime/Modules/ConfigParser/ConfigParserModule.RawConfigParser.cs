using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>RawConfigParser (a classic class, as in 2.7): storage, lookup, read and write.</summary>
    public static partial class ConfigParserModule
    {
        private static readonly PyStr NameKey = PyStr.Intern("__name__");
        private static readonly PyStr Newline = PyStr.FromString("\n");
        private static readonly PyStr NewlineTab = PyStr.FromString("\n\t");

        private static PyDict BooleanStates()
        {
            var d = new PyDict();
            foreach (var (k, v) in new[] { ("1", true), ("yes", true), ("true", true), ("on", true), ("0", false), ("no", false), ("false", false), ("off", false) })
                d.SetItem(S(k), PyBool.From(v));
            return d;
        }

        /// <summary>`sectdict` of set/remove_option: _defaults for DEFAULT (or a false section), else the section's mapping.</summary>
        private static PyObject SectionForChange(PyObject self, PyObject section)
        {
            if (IsDefaultSection(section)) return Attr(self, "_defaults");
            if (!TryItem(Attr(self, "_sections"), section, out PyObject sectdict)) throw Raise(NoSectionError, section);
            return sectdict;
        }

        private static PyObject OptionXform(PyObject self, PyObject option) => Call(self, "optionxform", option);

        private static PyType BuildRawConfigParser()
        {
            PyObject optcre = Compile(@"(?P<option>[^:=\s][^:=]*)\s*(?P<vi>[:=])\s*(?P<value>.*)$");
            return new PythonClassBuilder(Module, "RawConfigParser")
                .Method("__init__", new[] { "self", "defaults", "dict_type", "allow_no_value" }, a =>
                {
                    PyObject self = a[0];
                    SetAttr(self, "_dict", a[2]);
                    SetAttr(self, "_sections", Ops.Call(Attr(self, "_dict")));
                    SetAttr(self, "_defaults", Ops.Call(Attr(self, "_dict")));
                    SetAttr(self, "_optcre", Attr(self, Ops.IsTrue(a[3]) ? "OPTCRE_NV" : "OPTCRE"));
                    if (Ops.IsTrue(a[1]))
                    {
                        PyObject target = Attr(self, "_defaults");
                        foreach (PyObject pair in Ops.Enumerate(Call(a[1], "items")))
                        {
                            PyObject[] kv = Ops.UnpackSequence(pair, 2);
                            Ops.SetItem(target, OptionXform(self, kv[0]), kv[1]);
                        }
                    }
                    return None;
                }, defaults: new PyObject[] { None, _default_dict, PyBool.False })
                .Method("defaults", new[] { "self" }, a => Attr(a[0], "_defaults"))
                .Method("sections", new[] { "self" }, a => Call(Attr(a[0], "_sections"), "keys"))
                .Method("add_section", new[] { "self", "section" }, a =>
                {
                    if (Ops.Eq(Call(a[1], "lower"), S("default"))) throw Ops.Error(PyExceptionTypes.ValueError, Format("Invalid section name: %s", a[1]));
                    PyObject sections = Attr(a[0], "_sections");
                    if (Ops.Contains(sections, a[1])) throw Raise(DuplicateSectionError, a[1]);
                    Ops.SetItem(sections, a[1], Ops.Call(Attr(a[0], "_dict")));
                    return None;
                })
                .Method("has_section", new[] { "self", "section" }, a => PyBool.From(Ops.Contains(Attr(a[0], "_sections"), a[1])))
                .Method("options", new[] { "self", "section" }, a =>
                {
                    if (!TryItem(Attr(a[0], "_sections"), a[1], out PyObject own)) throw Raise(NoSectionError, a[1]);
                    PyObject opts = Call(own, "copy");
                    Call(opts, "update", Attr(a[0], "_defaults"));
                    if (Ops.Contains(opts, NameKey)) Ops.DelItem(opts, NameKey);
                    return Call(opts, "keys");
                })
                .Method("read", new[] { "self", "filenames" }, a =>
                {
                    PyObject filenames = Ops.IsInstance(a[1], PyBaseString.TypeObject) ? PyList.FromArray(new[] { a[1] }) : a[1];
                    var readOk = new PyList();
                    foreach (PyObject filename in Ops.Enumerate(filenames))
                    {
                        PyObject fp;
                        try { fp = Ops.Call(Builtins.Get("open"), filename); }
                        catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { continue; }
                        Call(a[0], "_read", fp, filename);
                        Call(fp, "close");
                        readOk.Append(filename);
                    }
                    return readOk;
                })
                .Method("readfp", new[] { "self", "fp", "filename" }, a =>
                {
                    PyObject filename = a[2];
                    if (filename is PyNone)
                    {
                        try { filename = Attr(a[1], "name"); }
                        catch (PythonException e) when (e.Matches(PyExceptionTypes.AttributeError)) { filename = S("<???>"); }
                    }
                    Call(a[0], "_read", a[1], filename);
                    return None;
                }, defaults: new PyObject[] { None })
                .Method("get", new[] { "self", "section", "option" }, a =>
                {
                    PyObject self = a[0], section = a[1];
                    PyObject opt = OptionXform(self, a[2]);
                    PyObject sections = Attr(self, "_sections");
                    if (!Ops.Contains(sections, section))
                    {
                        if (Ops.Ne(section, DEFAULTSECT)) throw Raise(NoSectionError, section);
                        PyObject defaults = Attr(self, "_defaults");
                        if (Ops.Contains(defaults, opt)) return Ops.GetItem(defaults, opt);
                        throw Raise(NoOptionError, a[2], section);
                    }
                    PyObject own = Ops.GetItem(sections, section);
                    if (Ops.Contains(own, opt)) return Ops.GetItem(Ops.GetItem(sections, section), opt);
                    PyObject fallback = Attr(self, "_defaults");
                    if (Ops.Contains(fallback, opt)) return Ops.GetItem(fallback, opt);
                    throw Raise(NoOptionError, a[2], section);
                })
                .Method("items", new[] { "self", "section" }, a =>
                {
                    if (!TryItem(Attr(a[0], "_sections"), a[1], out PyObject d2))
                    {
                        if (Ops.Ne(a[1], DEFAULTSECT)) throw Raise(NoSectionError, a[1]);
                        d2 = Ops.Call(Attr(a[0], "_dict"));
                    }
                    PyObject d = Call(Attr(a[0], "_defaults"), "copy");
                    Call(d, "update", d2);
                    if (Ops.Contains(d, NameKey)) Ops.DelItem(d, NameKey);
                    return Call(d, "items");
                })
                .Method("_get", new[] { "self", "section", "conv", "option" }, a => Ops.Call(a[2], Call(a[0], "get", a[1], a[3])))
                .Method("getint", new[] { "self", "section", "option" }, a => Call(a[0], "_get", a[1], PyInt.TypeObject, a[2]))
                .Method("getfloat", new[] { "self", "section", "option" }, a => Call(a[0], "_get", a[1], PyFloat.TypeObject, a[2]))
                .Attribute("_boolean_states", BooleanStates())
                .Method("getboolean", new[] { "self", "section", "option" }, a =>
                {
                    PyObject v = Call(a[0], "get", a[1], a[2]);
                    PyObject states = Attr(a[0], "_boolean_states");
                    if (!Ops.Contains(states, Call(v, "lower"))) throw Ops.Error(PyExceptionTypes.ValueError, Format("Not a boolean: %s", v));
                    return Ops.GetItem(states, Call(v, "lower"));
                })
                .Method("optionxform", new[] { "self", "optionstr" }, a => Call(a[1], "lower"))
                .Method("has_option", new[] { "self", "section", "option" }, a =>
                {
                    PyObject self = a[0], section = a[1];
                    if (IsDefaultSection(section)) return PyBool.From(Ops.Contains(Attr(self, "_defaults"), OptionXform(self, a[2])));
                    if (!Ops.Contains(Attr(self, "_sections"), section)) return PyBool.False;
                    PyObject option = OptionXform(self, a[2]);
                    return PyBool.From(Ops.Contains(Ops.GetItem(Attr(self, "_sections"), section), option)
                                       || Ops.Contains(Attr(self, "_defaults"), option));
                })
                .Method("set", new[] { "self", "section", "option", "value" }, a =>
                {
                    PyObject sectdict = SectionForChange(a[0], a[1]);
                    Ops.SetItem(sectdict, OptionXform(a[0], a[2]), a[3]);
                    return None;
                }, defaults: new PyObject[] { None })
                .Method("write", new[] { "self", "fp" }, a =>
                {
                    Write(a[0], a[1]);
                    return None;
                })
                .Method("remove_option", new[] { "self", "section", "option" }, a =>
                {
                    PyObject sectdict = SectionForChange(a[0], a[1]);
                    PyObject option = OptionXform(a[0], a[2]);
                    bool existed = Ops.Contains(sectdict, option);
                    if (existed) Ops.DelItem(sectdict, option);
                    return PyBool.From(existed);
                })
                .Method("remove_section", new[] { "self", "section" }, a =>
                {
                    PyObject sections = Attr(a[0], "_sections");
                    bool existed = Ops.Contains(sections, a[1]);
                    if (existed) Ops.DelItem(sections, a[1]);
                    return PyBool.From(existed);
                })
                .Attribute("SECTCRE", Compile(@"\[(?P<header>[^]]+)\]"))
                .Attribute("OPTCRE", optcre)
                .Attribute("OPTCRE_NV", Compile(@"(?P<option>[^:=\s][^:=]*)\s*(?:(?P<vi>[:=])\s*(?P<value>.*))?$"))
                .Method("_read", new[] { "self", "fp", "fpname" }, a =>
                {
                    ReadConfig(a[0], a[1], a[2]);
                    return None;
                })
                .Build();
        }

        /// <summary>RawConfigParser.write: [DEFAULT] from _defaults, then every section without __name__.</summary>
        private static void Write(PyObject self, PyObject fp)
        {
            PyObject defaults = Attr(self, "_defaults");
            if (Ops.IsTrue(defaults))
            {
                Call(fp, "write", Format("[%s]\n", DEFAULTSECT));
                foreach (PyObject pair in Ops.Enumerate(Call(defaults, "items")))
                {
                    PyObject[] kv = Ops.UnpackSequence(pair, 2);
                    Call(fp, "write", Format("%s = %s\n", kv[0], Call(Ops.Str(kv[1]), "replace", Newline, NewlineTab)));
                }
                Call(fp, "write", Newline);
            }
            PyObject sections = Attr(self, "_sections");
            foreach (PyObject section in Ops.Enumerate(sections))
            {
                Call(fp, "write", Format("[%s]\n", section));
                foreach (PyObject pair in Ops.Enumerate(Call(Ops.GetItem(sections, section), "items")))
                {
                    PyObject[] kv = Ops.UnpackSequence(pair, 2);
                    PyObject key = kv[0], value = kv[1];
                    if (Ops.Eq(key, NameKey)) continue;
                    if (!(value is PyNone) || Ops.Eq(Attr(self, "_optcre"), Attr(self, "OPTCRE")))
                        key = Call(S(" = "), "join", PyTuple.Create(key, Call(Ops.Str(value), "replace", Newline, NewlineTab)));
                    Call(fp, "write", Ops.Modulo(S("%s\n"), key));
                }
                Call(fp, "write", Newline);
            }
        }
    }
}
