using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// ConfigParser (`%(name)s` through Python's `%` with the lookup chain as mapping, up to
    /// MAX_INTERPOLATION_DEPTH rounds), SafeConfigParser (2.7's recursive scanner and set's checks)
    /// and _Chainmap, the vars → section → defaults lookup both use.
    /// </summary>
    public static partial class ConfigParserModule
    {
        private static readonly PyStr Percent = PyStr.FromString("%");
        private static readonly PyStr PercentParen = PyStr.FromString("%(");
        private static readonly PyStr DoublePercent = PyStr.FromString("%%");
        private static readonly PyStr OpenParen = PyStr.FromString("(");
        private static readonly PyInt Two = PyInt.From(2);

        private static PyType BuildChainmap()
        {
            PyObject Lookup(PyObject self, PyObject key)
            {
                foreach (PyObject mapping in Ops.Enumerate(Attr(self, "_maps")))
                    if (TryItem(mapping, key, out PyObject value)) return value;
                throw Ops.KeyError(key);
            }
            PyList Keys(PyObject self)
            {
                var result = new PyList();
                var seen = new PySet();
                foreach (PyObject mapping in Ops.Enumerate(Attr(self, "_maps")))
                    foreach (PyObject key in Ops.Enumerate(mapping))
                        if (!seen.ContainsKey(key))
                        {
                            result.Append(key);
                            seen.Add(key);
                        }
                return result;
            }
            bool Has(PyObject self, PyObject key) => TryItem(self, key, out _);
            // 2.7 derives it from UserDict.DictMixin; the mixin methods it needs are spelled out here.
            return new PythonClassBuilder(Module, "_Chainmap")
                .Attribute("__doc__", S("Combine multiple mappings for successive lookups.\n\n    For example, to emulate Python's normal lookup sequence:\n\n        import __builtin__\n        pylookup = _Chainmap(locals(), globals(), vars(__builtin__))\n    "))
                .Method("__init__", new[] { "self" }, a => { SetAttr(a[0], "_maps", a[1]); return None; }, varArgs: "maps")
                .Method("__getitem__", new[] { "self", "key" }, a => Lookup(a[0], a[1]))
                .Method("keys", new[] { "self" }, a => Keys(a[0]))
                .Method("__iter__", new[] { "self" }, a => Ops.Iter(Call(a[0], "keys")))
                .Method("__contains__", new[] { "self", "key" }, a => PyBool.From(Has(a[0], a[1])))
                .Method("has_key", new[] { "self", "key" }, a => PyBool.From(Has(a[0], a[1])))
                .Method("get", new[] { "self", "key", "default" }, a => TryItem(a[0], a[1], out PyObject v) ? v : a[2],
                    defaults: new PyObject[] { None })
                .Method("__len__", new[] { "self" }, a => PyInt.From(Ops.Len(Call(a[0], "keys"))))
                .Method("items", new[] { "self" }, a =>
                {
                    var items = new PyList();
                    foreach (PyObject key in Ops.Enumerate(Call(a[0], "keys"))) items.Append(PyTuple.Create(key, Ops.GetItem(a[0], key)));
                    return items;
                })
                .Method("values", new[] { "self" }, a =>
                {
                    var values = new PyList();
                    foreach (PyObject key in Ops.Enumerate(Call(a[0], "keys"))) values.Append(Ops.GetItem(a[0], key));
                    return values;
                })
                .Build();
        }

        /// <summary>`{optionxform(key): value for key, value in vars.items()}` when vars is true.</summary>
        private static void AddVars(PyObject self, PyObject target, PyObject vars)
        {
            if (!Ops.IsTrue(vars)) return;
            foreach (PyObject pair in Ops.Enumerate(Call(vars, "items")))
            {
                PyObject[] kv = Ops.UnpackSequence(pair, 2);
                Ops.SetItem(target, OptionXform(self, kv[0]), kv[1]);
            }
        }

        private static PyType BuildConfigParser() => new PythonClassBuilder(Module, "ConfigParser", RawConfigParser)
            .Method("get", new[] { "self", "section", "option", "raw", "vars" }, a =>
            {
                PyObject self = a[0], section = a[1];
                PyObject sectiondict = new PyDict();
                if (TryItem(Attr(self, "_sections"), section, out PyObject own)) sectiondict = own;
                else if (Ops.Ne(section, DEFAULTSECT)) throw Raise(NoSectionError, section);
                var vardict = new PyDict();
                AddVars(self, vardict, a[4]);
                PyObject d = Ops.Call(_Chainmap, vardict, sectiondict, Attr(self, "_defaults"));
                PyObject option = OptionXform(self, a[2]);
                if (!TryItem(d, option, out PyObject value)) throw Raise(NoOptionError, option, section);
                if (Ops.IsTrue(a[3]) || value is PyNone) return value;
                return Call(self, "_interpolate", section, option, value, d);
            }, defaults: new PyObject[] { PyBool.False, None })
            .Method("items", new[] { "self", "section", "raw", "vars" }, a =>
            {
                PyObject self = a[0], section = a[1];
                PyObject d = Call(Attr(self, "_defaults"), "copy");
                if (TryItem(Attr(self, "_sections"), section, out PyObject own)) Call(d, "update", own);
                else if (Ops.Ne(section, DEFAULTSECT)) throw Raise(NoSectionError, section);
                AddVars(self, d, a[3]);
                PyObject options = Call(d, "keys");
                if (Ops.Contains(options, NameKey)) Call(options, "remove", NameKey);
                var result = new PyList();
                foreach (PyObject option in Ops.Enumerate(options))
                {
                    PyObject value = Ops.IsTrue(a[2])
                        ? Ops.GetItem(d, option)
                        : Call(self, "_interpolate", section, option, Ops.GetItem(d, option), d);
                    result.Append(PyTuple.Create(option, value));
                }
                return result;
            }, defaults: new PyObject[] { PyBool.False, None })
            .Method("_interpolate", new[] { "self", "section", "option", "rawval", "vars" }, a =>
            {
                PyObject self = a[0], section = a[1], option = a[2], rawval = a[3];
                PyObject value = rawval;
                for (long depth = InterpolationDepthLimit(); depth != 0; depth--)
                {
                    if (!(Ops.IsTrue(value) && Ops.Contains(value, PercentParen))) break;
                    value = Call(Attr(self, "_KEYCRE"), "sub", Attr(self, "_interpolation_replace"), value);
                    try { value = Ops.Modulo(value, a[4]); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.KeyError))
                    {
                        PyObject reference = Ops.GetItem(Attr(e.Value, "args"), Zero);
                        throw Raise(InterpolationMissingOptionError, option, section, rawval, reference);
                    }
                }
                if (Ops.IsTrue(value) && Ops.Contains(value, PercentParen)) throw Raise(InterpolationDepthError, option, section, rawval);
                return value;
            })
            .Attribute("_KEYCRE", Compile(@"%\(([^)]*)\)s|."))
            .Method("_interpolation_replace", new[] { "self", "match" }, a =>
            {
                PyObject s = Call(a[1], "group", One);
                if (s is PyNone) return Call(a[1], "group");
                return Format("%%(%s)s", OptionXform(a[0], s));
            })
            .Build();

        private static PyType BuildSafeConfigParser() => new PythonClassBuilder(Module, "SafeConfigParser", ConfigParserClass)
            .Method("_interpolate", new[] { "self", "section", "option", "rawval", "vars" }, a =>
            {
                var accum = new PyList();
                Call(a[0], "_interpolate_some", a[2], accum, a[3], a[1], a[4], One);
                return Call(PyStr.Empty, "join", accum);
            })
            .Attribute("_interpvar_re", Compile(@"%\(([^)]+)\)s"))
            .Method("_interpolate_some", new[] { "self", "option", "accum", "rest", "section", "map", "depth" }, a =>
            {
                InterpolateSome(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
                return None;
            })
            .Method("set", new[] { "self", "section", "option", "value" }, a =>
            {
                PyObject self = a[0], value = a[3];
                // The only non-string allowed is None, and only with allow_no_value.
                if (Ops.Is(Attr(self, "_optcre"), Attr(self, "OPTCRE")) || Ops.IsTrue(value))
                    if (!Ops.IsInstance(value, PyBaseString.TypeObject)) throw Ops.TypeError("option values must be strings");
                if (!(value is PyNone))
                {
                    PyObject tmp = Call(value, "replace", DoublePercent, PyStr.Empty);
                    tmp = Call(Attr(self, "_interpvar_re"), "sub", PyStr.Empty, tmp);
                    if (Ops.Contains(tmp, Percent))
                        throw Ops.Error(PyExceptionTypes.ValueError,
                            Format("invalid interpolation syntax in %r at position %d", value, Call(tmp, "find", Percent)));
                }
                Ops.Call(Attr(ConfigParserClass, "set"), new[] { self, a[1], a[2], value });
                return None;
            }, defaults: new PyObject[] { None })
            .Build();

        /// <summary>SafeConfigParser._interpolate_some: appends the expansion of rest to accum.</summary>
        private static void InterpolateSome(PyObject self, PyObject option, PyObject accum, PyObject rest, PyObject section, PyObject map, PyObject depth)
        {
            if (Ops.Greater(depth, Attr(Importer.ImportModule(Module), "MAX_INTERPOLATION_DEPTH")))
                throw Raise(InterpolationDepthError, option, section, rest);
            while (Ops.IsTrue(rest))
            {
                PyObject p = Call(rest, "find", Percent);
                if (Ops.Less(p, Zero))
                {
                    Call(accum, "append", rest);
                    return;
                }
                if (Ops.Greater(p, Zero))
                {
                    Call(accum, "append", Ops.GetSlice(rest, null, p));
                    rest = Ops.GetSlice(rest, p, null);
                }
                PyObject c = Ops.GetSlice(rest, One, Two);
                if (Ops.Eq(c, Percent))
                {
                    Call(accum, "append", Percent);
                    rest = Ops.GetSlice(rest, Two, null);
                }
                else if (Ops.Eq(c, OpenParen))
                {
                    PyObject m = Call(Attr(self, "_interpvar_re"), "match", rest);
                    if (m is PyNone)
                        throw Raise(InterpolationSyntaxError, option, section, Ops.Modulo(S("bad interpolation variable reference %r"), rest));
                    PyObject var = OptionXform(self, Call(m, "group", One));
                    rest = Ops.GetSlice(rest, Call(m, "end"), null);
                    if (!TryItem(map, var, out PyObject v)) throw Raise(InterpolationMissingOptionError, option, section, rest, var);
                    if (Ops.Contains(v, Percent)) Call(self, "_interpolate_some", option, accum, v, section, map, Ops.Add(depth, One));
                    else Call(accum, "append", v);
                }
                else
                {
                    throw Raise(InterpolationSyntaxError, option, section, Format("'%%' must be followed by '%%' or '(', found: %r", rest));
                }
            }
        }
    }
}
