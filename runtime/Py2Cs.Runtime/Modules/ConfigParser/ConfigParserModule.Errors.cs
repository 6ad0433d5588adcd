using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>ConfigParser's exception family: 2.7's messages, attributes and args.</summary>
    public static partial class ConfigParserModule
    {
        private static readonly PyStr MessageSlot = PyStr.Intern("_Error__message");

        private static void InitAs(PyType cls, PyObject self, params PyObject[] args)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all, 1);
            Ops.Call(Attr(cls, "__init__"), all);
        }

        private static PyType BuildError()
        {
            // `message` is a property over _Error__message, as 2.7 does to avoid BaseException.message's warning.
            PyObject message = new PyProperty(
                PyFunction.WithBoundArguments(new FunctionSignature("_get_message", new[] { "self" }), a => Ops.GetAttr(a[0], MessageSlot)),
                PyFunction.WithBoundArguments(new FunctionSignature("_set_message", new[] { "self", "value" }),
                    a => { Ops.SetAttr(a[0], MessageSlot, a[1]); return None; }),
                null, PyStr.FromString("Getter for 'message'; needed only to override deprecation in\n        BaseException."));
            // __str__ = __repr__: one function object under both names.
            PyObject repr = PyFunction.WithBoundArguments(new FunctionSignature("__repr__", new[] { "self" }), a => Attr(a[0], "message"));
            return new PythonClassBuilder(Module, "Error", PyExceptionTypes.Exception)
                .Attribute("__doc__", S("Base class for ConfigParser exceptions."))
                .Attribute("message", message)
                .Method("__init__", new[] { "self", "msg" }, a =>
                {
                    SetAttr(a[0], "message", a[1]);
                    InitAs(PyExceptionTypes.Exception, a[0], a[1]);
                    return None;
                }, defaults: new PyObject[] { PyStr.Empty })
                .Attribute("__repr__", repr)
                .Attribute("__str__", repr)
                .Build();
        }

        private static PyType BuildNoSectionError() => new PythonClassBuilder(Module, "NoSectionError", Error)
            .Attribute("__doc__", S("Raised when no section matches a requested option."))
            .Method("__init__", new[] { "self", "section" }, a =>
            {
                InitAs(Error, a[0], Format("No section: %r", a[1]));
                SetAttr(a[0], "section", a[1]);
                SetAttr(a[0], "args", PyTuple.Create(a[1]));
                return None;
            }).Build();

        private static PyType BuildDuplicateSectionError() => new PythonClassBuilder(Module, "DuplicateSectionError", Error)
            .Attribute("__doc__", S("Raised when a section is multiply-created."))
            .Method("__init__", new[] { "self", "section" }, a =>
            {
                // 2.7 writes `"..." % section` without a tuple, so a tuple section spreads into the format.
                InitAs(Error, a[0], Ops.Modulo(S("Section %r already exists"), a[1]));
                SetAttr(a[0], "section", a[1]);
                SetAttr(a[0], "args", PyTuple.Create(a[1]));
                return None;
            }).Build();

        private static PyType BuildNoOptionError() => new PythonClassBuilder(Module, "NoOptionError", Error)
            .Attribute("__doc__", S("A requested option was not found."))
            .Method("__init__", new[] { "self", "option", "section" }, a =>
            {
                InitAs(Error, a[0], Format("No option %r in section: %r", a[1], a[2]));
                SetAttr(a[0], "option", a[1]);
                SetAttr(a[0], "section", a[2]);
                SetAttr(a[0], "args", PyTuple.Create(a[1], a[2]));
                return None;
            }).Build();

        private static PyType BuildInterpolationError() => new PythonClassBuilder(Module, "InterpolationError", Error)
            .Attribute("__doc__", S("Base class for interpolation-related exceptions."))
            .Method("__init__", new[] { "self", "option", "section", "msg" }, a =>
            {
                InitAs(Error, a[0], a[3]);
                SetAttr(a[0], "option", a[1]);
                SetAttr(a[0], "section", a[2]);
                SetAttr(a[0], "args", PyTuple.Create(a[1], a[2], a[3]));
                return None;
            }).Build();

        private static PyType BuildInterpolationMissingOptionError() =>
            new PythonClassBuilder(Module, "InterpolationMissingOptionError", InterpolationError)
                .Attribute("__doc__", S("A string substitution required a setting which was not available."))
                .Method("__init__", new[] { "self", "option", "section", "rawval", "reference" }, a =>
                {
                    PyObject msg = Format("Bad value substitution:\n\tsection: [%s]\n\toption : %s\n\tkey    : %s\n\trawval : %s\n",
                        a[2], a[1], a[4], a[3]);
                    InitAs(InterpolationError, a[0], a[1], a[2], msg);
                    SetAttr(a[0], "reference", a[4]);
                    SetAttr(a[0], "args", PyTuple.Create(a[1], a[2], a[3], a[4]));
                    return None;
                }).Build();

        private static PyType BuildInterpolationDepthError() => new PythonClassBuilder(Module, "InterpolationDepthError", InterpolationError)
            .Attribute("__doc__", S("Raised when substitutions are nested too deeply."))
            .Method("__init__", new[] { "self", "option", "section", "rawval" }, a =>
            {
                PyObject msg = Format("Value interpolation too deeply recursive:\n\tsection: [%s]\n\toption : %s\n\trawval : %s\n",
                    a[2], a[1], a[3]);
                InitAs(InterpolationError, a[0], a[1], a[2], msg);
                SetAttr(a[0], "args", PyTuple.Create(a[1], a[2], a[3]));
                return None;
            }).Build();

        private static PyType BuildParsingError() => new PythonClassBuilder(Module, "ParsingError", Error)
            .Attribute("__doc__", S("Raised when a configuration file does not follow legal syntax."))
            .Method("__init__", new[] { "self", "filename" }, a =>
            {
                InitAs(Error, a[0], Format("File contains parsing errors: %s", a[1]));
                SetAttr(a[0], "filename", a[1]);
                SetAttr(a[0], "errors", new PyList());
                SetAttr(a[0], "args", PyTuple.Create(a[1]));
                return None;
            })
            .Method("append", new[] { "self", "lineno", "line" }, a =>
            {
                Call(Attr(a[0], "errors"), "append", PyTuple.Create(a[1], a[2]));
                SetAttr(a[0], "message", Ops.InPlaceAdd(Attr(a[0], "message"), Format("\n\t[line %2d]: %s", a[1], a[2])));
                return None;
            }).Build();

        private static PyType BuildMissingSectionHeaderError() => new PythonClassBuilder(Module, "MissingSectionHeaderError", ParsingError)
            .Attribute("__doc__", S("Raised when a key-value pair is found before any section header."))
            .Method("__init__", new[] { "self", "filename", "lineno", "line" }, a =>
            {
                InitAs(Error, a[0], Format("File contains no section headers.\nfile: %s, line: %d\n%r", a[1], a[2], a[3]));
                SetAttr(a[0], "filename", a[1]);
                SetAttr(a[0], "lineno", a[2]);
                SetAttr(a[0], "line", a[3]);
                SetAttr(a[0], "args", PyTuple.Create(a[1], a[2], a[3]));
                return None;
            }).Build();
    }
}
