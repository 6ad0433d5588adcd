using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Py2Cs.Runtime.Modules.ConfigParser;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The ConfigParser module (Python 2.7). RawConfigParser is a classic class, as in CPython; its
    /// subclasses ConfigParser and SafeConfigParser and the exception family are ordinary Python
    /// classes. Parser state lives in a <see cref="ConfigDocument"/>; optionxform, get and the other
    /// methods CPython calls on self are looked up on the instance, so overrides and
    /// `cp.optionxform = str` work.
    /// </summary>
    [PythonModule("ConfigParser")]
    public static class ConfigParserModule
    {
        private const string Module = "ConfigParser";
        private static readonly PyStr DocumentName = PyStr.Intern("_document");
        private static readonly PyStr MessageSlot = PyStr.Intern("_Error__message");

        public static readonly PyStr DEFAULTSECT = PyStr.FromString("DEFAULT");
        public static readonly PyInt MAX_INTERPOLATION_DEPTH = PyInt.From(10);

        public static readonly PyList __all__ = PyList.FromArray(Array.ConvertAll(new[]
        {
            "NoSectionError", "DuplicateSectionError", "NoOptionError", "InterpolationError", "InterpolationDepthError",
            "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError", "ConfigParser", "SafeConfigParser",
            "RawConfigParser", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
        }, n => (PyObject)PyStr.FromString(n)));

        private static PyObject S(string s) => s == null ? PyNone.None : PyStr.FromString(s);

        private static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, PyStr.Intern(name), v);

        private static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));

        private static void BaseInit(PyObject cls, PyObject self, params PyObject[] args)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all, 1);
            Ops.Call(Get(cls, "__init__"), all);
        }

        public static readonly PyType Error = new PythonClassBuilder(Module, "Error", PyExceptionTypes.Exception)
            .Attribute("message", new PyProperty(
                PyFunction.WithBoundArguments(new FunctionSignature("_get_message", new[] { "self" }), a => Ops.GetAttr(a[0], MessageSlot)),
                PyFunction.WithBoundArguments(new FunctionSignature("_set_message", new[] { "self", "value" }), a => { Ops.SetAttr(a[0], MessageSlot, a[1]); return PyNone.None; }),
                null, PyNone.None))
            .Method("__init__", new[] { "self", "msg" }, a =>
            {
                Set(a[0], "message", a[1]);
                BaseInit(PyExceptionTypes.Exception, a[0], a[1]);
                return PyNone.None;
            }, defaults: new PyObject[] { PyStr.Empty })
            .Method("__repr__", new[] { "self" }, a => Get(a[0], "message"))
            .Method("__str__", new[] { "self" }, a => Get(a[0], "message"))
            .Build();

        private static PyObject ErrorInit(PyObject self, string message) { BaseInit(Error, self, PyStr.FromString(message)); return self; }

        private static string Repr(PyObject o) => Ops.Repr(o).ToString();

        private static string Text(PyObject o) => o is PyStr s ? s.ToString() : o is PyUnicode u ? u.Value : Ops.Str(o).ToString();

        public static readonly PyType NoSectionError = new PythonClassBuilder(Module, "NoSectionError", Error)
            .Method("__init__", new[] { "self", "section" }, a =>
            {
                ErrorInit(a[0], "No section: " + Repr(a[1]));
                Set(a[0], "section", a[1]);
                Set(a[0], "args", PyTuple.Create(a[1]));
                return PyNone.None;
            }).Build();

        public static readonly PyType DuplicateSectionError = new PythonClassBuilder(Module, "DuplicateSectionError", Error)
            .Method("__init__", new[] { "self", "section" }, a =>
            {
                ErrorInit(a[0], "Section " + Repr(a[1]) + " already exists");
                Set(a[0], "section", a[1]);
                Set(a[0], "args", PyTuple.Create(a[1]));
                return PyNone.None;
            }).Build();

        public static readonly PyType NoOptionError = new PythonClassBuilder(Module, "NoOptionError", Error)
            .Method("__init__", new[] { "self", "option", "section" }, a =>
            {
                ErrorInit(a[0], "No option " + Repr(a[1]) + " in section: " + Repr(a[2]));
                Set(a[0], "option", a[1]);
                Set(a[0], "section", a[2]);
                Set(a[0], "args", PyTuple.Create(a[1], a[2]));
                return PyNone.None;
            }).Build();

        public static readonly PyType InterpolationError = new PythonClassBuilder(Module, "InterpolationError", Error)
            .Method("__init__", new[] { "self", "option", "section", "msg" }, a =>
            {
                BaseInit(Error, a[0], a[3]);
                Set(a[0], "option", a[1]);
                Set(a[0], "section", a[2]);
                Set(a[0], "args", PyTuple.Create(a[1], a[2], a[3]));
                return PyNone.None;
            }).Build();

        public static readonly PyType InterpolationMissingOptionError = new PythonClassBuilder(Module, "InterpolationMissingOptionError", InterpolationError)
            .Method("__init__", new[] { "self", "option", "section", "rawval", "reference" }, a =>
            {
                string msg = "Bad value substitution:\n\tsection: [" + Text(a[2]) + "]\n\toption : " + Text(a[1]) +
                             "\n\tkey    : " + Text(a[4]) + "\n\trawval : " + Text(a[3]) + "\n";
                BaseInit(InterpolationError, a[0], a[1], a[2], PyStr.FromString(msg));
                Set(a[0], "reference", a[4]);
                Set(a[0], "args", PyTuple.Create(a[1], a[2], a[3], a[4]));
                return PyNone.None;
            }).Build();

        public static readonly PyType InterpolationSyntaxError = new PythonClassBuilder(Module, "InterpolationSyntaxError", InterpolationError).Build();

        public static readonly PyType InterpolationDepthError = new PythonClassBuilder(Module, "InterpolationDepthError", InterpolationError)
            .Method("__init__", new[] { "self", "option", "section", "rawval" }, a =>
            {
                string msg = "Value interpolation too deeply recursive:\n\tsection: [" + Text(a[2]) + "]\n\toption : " + Text(a[1]) +
                             "\n\trawval : " + Text(a[3]) + "\n";
                BaseInit(InterpolationError, a[0], a[1], a[2], PyStr.FromString(msg));
                Set(a[0], "args", PyTuple.Create(a[1], a[2], a[3]));
                return PyNone.None;
            }).Build();

        public static readonly PyType ParsingError = new PythonClassBuilder(Module, "ParsingError", Error)
            .Method("__init__", new[] { "self", "filename" }, a =>
            {
                ErrorInit(a[0], "File contains parsing errors: " + Text(a[1]));
                Set(a[0], "filename", a[1]);
                Set(a[0], "errors", new PyList());
                Set(a[0], "args", PyTuple.Create(a[1]));
                return PyNone.None;
            })
            .Method("append", new[] { "self", "lineno", "line" }, a =>
            {
                Ops.CallMethod(Get(a[0], "errors"), "append", PyTuple.Create(a[1], a[2]));
                string number = Text(a[1]).PadLeft(2);
                Set(a[0], "message", PyStr.FromString(Text(Get(a[0], "message")) + "\n\t[line " + number + "]: " + Text(a[2])));
                return PyNone.None;
            }).Build();

        public static readonly PyType MissingSectionHeaderError = new PythonClassBuilder(Module, "MissingSectionHeaderError", ParsingError)
            .Method("__init__", new[] { "self", "filename", "lineno", "line" }, a =>
            {
                BaseInit(Error, a[0], PyStr.FromString("File contains no section headers.\nfile: " + Text(a[1]) + ", line: " + Text(a[2]) + "\n" + Repr(a[3])));
                Set(a[0], "filename", a[1]);
                Set(a[0], "lineno", a[2]);
                Set(a[0], "line", a[3]);
                Set(a[0], "args", PyTuple.Create(a[1], a[2], a[3]));
                return PyNone.None;
            }).Build();

        /// <summary>Turns the document's C# errors into the Python exceptions CPython raises.</summary>
        private static PythonException ToPython(Exception e)
        {
            switch (e)
            {
                case Modules.ConfigParser.NoSectionError x: return Ops.MakeRaise(Ops.Call(NoSectionError, S(x.Section)));
                case Modules.ConfigParser.DuplicateSectionError x: return Ops.MakeRaise(Ops.Call(DuplicateSectionError, S(x.Section)));
                case Modules.ConfigParser.NoOptionError x: return Ops.MakeRaise(Ops.Call(NoOptionError, S(x.Option), S(x.Section)));
                case Modules.ConfigParser.InterpolationMissingOptionError x:
                    return Ops.MakeRaise(Ops.Call(InterpolationMissingOptionError, new[] { S(x.Option), S(x.Section), S(x.RawValue), S(x.Reference) }));
                case Modules.ConfigParser.InterpolationDepthError x:
                    return Ops.MakeRaise(Ops.Call(InterpolationDepthError, S(x.Option), S(x.Section), S(x.RawValue)));
                case Modules.ConfigParser.InterpolationSyntaxError x:
                    return Ops.MakeRaise(Ops.Call(InterpolationSyntaxError, S(x.Option), S(x.Section), S(x.Text)));
                case Modules.ConfigParser.MissingSectionHeaderError x:
                    return Ops.MakeRaise(Ops.Call(MissingSectionHeaderError, S(x.Filename), PyInt.From(x.LineNumber), S(x.Line)));
                case Modules.ConfigParser.ParsingError x:
                {
                    PyObject error = Ops.Call(ParsingError, S(x.Filename));
                    foreach (var (line, text) in x.Errors) Ops.CallMethod(error, "append", PyInt.From(line), S(text));
                    return Ops.MakeRaise(error);
                }
                case ConfigValueError x:
                    return x.PythonType switch
                    {
                        "TypeError" => Ops.TypeError(x.Message),
                        "AttributeError" => Ops.AttributeError(x.Message),
                        _ => Ops.ValueError(x.Message),
                    };
                case FormatException x: return Ops.ValueError(x.Message);
                default: return null;
            }
        }

        private static T Guard<T>(Func<T> action)
        {
            try { return action(); }
            catch (Exception e) when (!(e is PythonException) && ToPython(e) != null) { throw ToPython(e); }
        }

        private static ConfigDocument Document(PyObject self) =>
            (Ops.GetAttr(self, DocumentName) as ConfigDocumentHandle)?.Document
            ?? throw Ops.AttributeError("RawConfigParser instance has no attribute '_document'");

        /// <summary>Document values back to Python: str, None, an unfinished read's list, or the object set().</summary>
        private static PyObject Value(object v) => v switch
        {
            null => PyNone.None,
            string s => PyStr.FromString(s),
            List<string> lines => PyList.FromArray(lines.ConvertAll(l => (PyObject)PyStr.FromString(l)).ToArray()),
            PyObject o => o,
            _ => throw new InvalidOperationException("unexpected config value"),
        };

        private static object Stored(PyObject v) => v is PyNone ? null : v is PyStr s ? s.ToString() : v;

        private static IEnumerable<KeyValuePair<string, object>> Vars(PyObject vars)
        {
            if (vars == null || !Ops.IsTrue(vars)) return null;
            var list = new List<KeyValuePair<string, object>>();
            PyObject it = Ops.Iter(Ops.CallMethod(vars, "items"));
            for (PyObject pair = it.Next(); pair != null; pair = it.Next())
            {
                PyObject[] kv = Ops.UnpackSequence(pair, 2);
                list.Add(new KeyValuePair<string, object>(Text(kv[0]), Stored(kv[1])));
            }
            return list;
        }

        private static PyList Pairs(List<KeyValuePair<string, object>> items)
        {
            var result = new PyObject[items.Count];
            for (int i = 0; i < result.Length; i++) result[i] = PyTuple.Create(PyStr.FromString(items[i].Key), Value(items[i].Value));
            return PyList.FromArray(result);
        }

        private static PyList Names(List<string> names) => PyList.FromArray(names.ConvertAll(n => (PyObject)PyStr.FromString(n)).ToArray());

        private static bool IsString(PyObject v) => v is PyStr || v is PyUnicode;

        private static IEnumerable<string> ReadLines(PyObject fp)
        {
            PyStr readline = PyStr.Intern("readline");
            while (true)
            {
                string line = Text(Ops.CallMethod(fp, readline));
                if (line.Length == 0) yield break;
                yield return line;
            }
        }

        private static IEnumerable<string> FileLines(string text)
        {
            int start = 0;
            while (start < text.Length)
            {
                int nl = text.IndexOf('\n', start);
                int end = nl < 0 ? text.Length : nl + 1;
                yield return text.Substring(start, end - start);
                start = end;
            }
        }

        public static readonly PyType RawConfigParser = BuildRaw();

        private static PyType BuildRaw()
        {
            PyObject none = PyNone.None;
            return new PythonClassBuilder(Module, "RawConfigParser")
                .Method("__init__", new[] { "self", "defaults", "dict_type", "allow_no_value" }, a =>
                {
                    PyObject self = a[0];
                    var document = new ConfigDocument(ConfigFlavor.Raw, Ops.IsTrue(a[3]))
                    {
                        OptionTransform = s => Text(Ops.CallMethod(self, "optionxform", PyStr.FromString(s))),
                        Str = v => v is List<string> l ? Repr(Value(l)) : Ops.Str((PyObject)v).ToString(),
                    };
                    Ops.SetAttr(self, DocumentName, new ConfigDocumentHandle(document));
                    Set(self, "_dict", a[2]);
                    if (a[1] is not PyNone && Ops.IsTrue(a[1]))
                    {
                        PyObject it = Ops.Iter(Ops.CallMethod(a[1], "items"));
                        for (PyObject pair = it.Next(); pair != null; pair = it.Next())
                        {
                            PyObject[] kv = Ops.UnpackSequence(pair, 2);
                            document.Defaults[document.OptionTransform(Text(kv[0]))] = Stored(kv[1]);
                        }
                    }
                    return none;
                }, defaults: new PyObject[] { none, collections.OrderedDict, PyBool.False }) // 2.7's _default_dict
                .Method("defaults", new[] { "self" }, a =>
                {
                    // A mapping of the parser's dict_type, as 2.7's self._defaults is.
                    PyObject d = Ops.Call(Ops.GetAttr(a[0], "_dict"));
                    foreach (var kv in Document(a[0]).Defaults) Ops.SetItem(d, PyStr.FromString(kv.Key), Value(kv.Value));
                    return d;
                })
                .Method("sections", new[] { "self" }, a => Names(Document(a[0]).SectionNames()))
                .Method("add_section", new[] { "self", "section" }, a => Guard(() => { Document(a[0]).AddSection(Text(a[1])); return none; }))
                .Method("has_section", new[] { "self", "section" }, a => PyBool.From(Document(a[0]).HasSection(Text(a[1]))))
                .Method("options", new[] { "self", "section" }, a => Guard(() => Names(Document(a[0]).Options(Text(a[1])))))
                .Method("read", new[] { "self", "filenames" }, a =>
                {
                    PyObject names = IsString(a[1]) ? PyList.FromArray(new[] { a[1] }) : a[1];
                    var ok = new PyList();
                    PyObject it = Ops.Iter(names);
                    for (PyObject name = it.Next(); name != null; name = it.Next())
                    {
                        string path = Text(name);
                        string text;
                        try { text = Encoding.Latin1.GetString(File.ReadAllBytes(path)); }
                        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException) { continue; }
                        Guard(() => { Document(a[0]).Read(FileLines(text), path); return none; });
                        ok.Append(name);
                    }
                    return ok;
                })
                .Method("readfp", new[] { "self", "fp", "filename" }, a =>
                {
                    string filename = a[2] is PyNone ? Text(Ops.GetAttrOrNull(a[1], PyStr.Intern("name")) ?? PyStr.FromString("<???>")) : Text(a[2]);
                    return Guard(() => { Document(a[0]).Read(ReadLines(a[1]), filename); return none; });
                }, defaults: new PyObject[] { none })
                .Method("get", new[] { "self", "section", "option" }, a => Guard(() => Value(Document(a[0]).Get(Text(a[1]), Text(a[2]), as_: ConfigFlavor.Raw))))
                .Method("items", new[] { "self", "section" }, a => Guard(() => Pairs(Document(a[0]).Items(Text(a[1]), as_: ConfigFlavor.Raw))))
                .Method("_get", new[] { "self", "section", "conv", "option" }, a => Ops.Call(a[2], Ops.CallMethod(a[0], "get", a[1], a[3])))
                .Method("getint", new[] { "self", "section", "option" }, a => Ops.CallMethod(a[0], "_get", a[1], PyInt.TypeObject, a[2]))
                .Method("getfloat", new[] { "self", "section", "option" }, a => Ops.CallMethod(a[0], "_get", a[1], PyFloat.TypeObject, a[2]))
                .Method("getboolean", new[] { "self", "section", "option" }, a =>
                {
                    PyObject v = Ops.CallMethod(a[0], "get", a[1], a[2]);
                    string lowered = ConfigDocument.PythonLower(Text(v));
                    return lowered switch
                    {
                        "1" or "yes" or "true" or "on" => PyBool.True,
                        "0" or "no" or "false" or "off" => PyBool.False,
                        _ => throw Ops.ValueError("Not a boolean: " + Text(v)),
                    };
                })
                .Method("optionxform", new[] { "self", "optionstr" }, a =>
                    a[1] is PyStr s ? PyStr.FromString(ConfigDocument.PythonLower(s.ToString())) : Ops.CallMethod(a[1], "lower"))
                .Method("has_option", new[] { "self", "section", "option" }, a =>
                    PyBool.From(Document(a[0]).HasOption(Ops.IsTrue(a[1]) ? Text(a[1]) : "", Text(a[2]))))
                .Method("set", new[] { "self", "section", "option", "value" }, a => Guard(() =>
                {
                    Document(a[0]).Set(Ops.IsTrue(a[1]) ? Text(a[1]) : "", Text(a[2]), Stored(a[3]), IsString(a[3]), ConfigFlavor.Raw);
                    return none;
                }), defaults: new PyObject[] { none })
                .Method("write", new[] { "self", "fp" }, a =>
                {
                    Ops.CallMethod(a[1], "write", PyStr.FromString(Document(a[0]).Write()));
                    return none;
                })
                .Method("remove_option", new[] { "self", "section", "option" }, a =>
                    Guard(() => PyBool.From(Document(a[0]).RemoveOption(Ops.IsTrue(a[1]) ? Text(a[1]) : "", Text(a[2])))))
                .Method("remove_section", new[] { "self", "section" }, a => PyBool.From(Document(a[0]).RemoveSection(Text(a[1]))))
                .Build();
        }

        [PythonName("ConfigParser")]
        public static readonly PyType ConfigParserClass = new PythonClassBuilder(Module, "ConfigParser", RawConfigParser)
            .Method("get", new[] { "self", "section", "option", "raw", "vars" }, a => Guard(() =>
                Value(Document(a[0]).Get(Text(a[1]), Text(a[2]), Ops.IsTrue(a[3]), Vars(a[4]), ConfigFlavor.Basic))),
                defaults: new PyObject[] { PyBool.False, PyNone.None })
            .Method("items", new[] { "self", "section", "raw", "vars" }, a => Guard(() =>
                Pairs(Document(a[0]).Items(Text(a[1]), Ops.IsTrue(a[2]), Vars(a[3]), ConfigFlavor.Basic))),
                defaults: new PyObject[] { PyBool.False, PyNone.None })
            .Build();

        public static readonly PyType SafeConfigParser = new PythonClassBuilder(Module, "SafeConfigParser", ConfigParserClass)
            .Method("get", new[] { "self", "section", "option", "raw", "vars" }, a => Guard(() =>
                Value(Document(a[0]).Get(Text(a[1]), Text(a[2]), Ops.IsTrue(a[3]), Vars(a[4]), ConfigFlavor.Safe))),
                defaults: new PyObject[] { PyBool.False, PyNone.None })
            .Method("items", new[] { "self", "section", "raw", "vars" }, a => Guard(() =>
                Pairs(Document(a[0]).Items(Text(a[1]), Ops.IsTrue(a[2]), Vars(a[3]), ConfigFlavor.Safe))),
                defaults: new PyObject[] { PyBool.False, PyNone.None })
            .Method("set", new[] { "self", "section", "option", "value" }, a => Guard(() =>
            {
                Document(a[0]).Set(Ops.IsTrue(a[1]) ? Text(a[1]) : "", Text(a[2]), Stored(a[3]), IsString(a[3]), ConfigFlavor.Safe);
                return (PyObject)PyNone.None;
            }), defaults: new PyObject[] { PyNone.None })
            .Build();
    }
}
