using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The ConfigParser module (Python 2.7). The classes are Python classes built from C# methods
    /// that perform 2.7's own steps on Python objects: the parser state is the Python mappings
    /// `_sections` and `_defaults` made by `dict_type`, strings are handled by their own str/unicode
    /// methods and `%`, and every step 2.7 takes through self (`self.optionxform`, `self._read`,
    /// `self.SECTCRE.match`, `self._interpolate`...) is an attribute lookup, so subclasses, instance
    /// attributes and custom mappings see exactly the calls CPython makes. Field order below is the
    /// initialisation order (each class needs the ones before it).
    /// </summary>
    [PythonModule("ConfigParser")]
    public static partial class ConfigParserModule
    {
        private const string Module = "ConfigParser";

        public static readonly PyStr DEFAULTSECT = PyStr.FromString("DEFAULT");
        public static readonly PyInt MAX_INTERPOLATION_DEPTH = PyInt.From(10);

        public static readonly PyList __all__ = PyList.FromArray(Array.ConvertAll(new[]
        {
            "NoSectionError", "DuplicateSectionError", "NoOptionError", "InterpolationError", "InterpolationDepthError",
            "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError", "ConfigParser", "SafeConfigParser",
            "RawConfigParser", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
        }, n => (PyObject)PyStr.FromString(n)));

        /// <summary>The module's `import re` (programs write `ConfigParser.re.compile` for their own SECTCRE/OPTCRE).</summary>
        public static PyObject re => Importer.ImportModule("re");

        /// <summary>2.7 imports OrderedDict as the default dict_type.</summary>
        public static readonly PyObject _default_dict = collections.OrderedDict;

        public static readonly PyType Error = BuildError();
        public static readonly PyType NoSectionError = BuildNoSectionError();
        public static readonly PyType DuplicateSectionError = BuildDuplicateSectionError();
        public static readonly PyType NoOptionError = BuildNoOptionError();
        public static readonly PyType InterpolationError = BuildInterpolationError();
        public static readonly PyType InterpolationMissingOptionError = BuildInterpolationMissingOptionError();
        public static readonly PyType InterpolationSyntaxError = new PythonClassBuilder(Module, "InterpolationSyntaxError", InterpolationError)
            .Attribute("__doc__", PyStr.FromString("Raised when the source text into which substitutions are made\n    does not conform to the required syntax."))
            .Build();
        public static readonly PyType InterpolationDepthError = BuildInterpolationDepthError();
        public static readonly PyType ParsingError = BuildParsingError();
        public static readonly PyType MissingSectionHeaderError = BuildMissingSectionHeaderError();

        public static readonly PyType _Chainmap = BuildChainmap();

        public static readonly PyType RawConfigParser = Documented(BuildRawConfigParser());

        [PythonName("ConfigParser")]
        public static readonly PyType ConfigParserClass = Documented(BuildConfigParser());

        public static readonly PyType SafeConfigParser = Documented(BuildSafeConfigParser());

        // ---- small helpers: Python operations spelled briefly ----

        private static PyObject None => PyNone.None;

        private static PyStr S(string s) => PyStr.FromString(s);

        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));

        private static void SetAttr(PyObject o, string name, PyObject value) => Ops.SetAttr(o, PyStr.Intern(name), value);

        private static PyObject Call(PyObject o, string method, params PyObject[] args) => Ops.CallMethod(o, method, args);

        /// <summary>`format % (args...)`: str or unicode as Python's % makes it.</summary>
        private static PyObject Format(string format, params PyObject[] args) => Ops.Modulo(S(format), PyTuple.Create(args));

        private static PythonException Raise(PyType type, params PyObject[] args) => Ops.MakeRaise(Ops.Call(type, args));

        /// <summary>`mapping[key]`, false where Python would raise KeyError.</summary>
        private static bool TryItem(PyObject mapping, PyObject key, out PyObject value)
        {
            try
            {
                value = Ops.GetItem(mapping, key);
                return true;
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.KeyError))
            {
                value = null;
                return false;
            }
        }

        /// <summary>`not section or section == DEFAULTSECT`, the test set/has_option/remove_option make.</summary>
        private static bool IsDefaultSection(PyObject section) => !Ops.IsTrue(section) || Ops.Eq(section, DEFAULTSECT);

        private static PyObject Compile(string pattern) => Call(Importer.ImportModule("re"), "compile", S(pattern));

        /// <summary>MAX_INTERPOLATION_DEPTH as a program may have reassigned it in the module.</summary>
        private static long InterpolationDepthLimit() =>
            Ops.IndexToLong(Attr(Importer.ImportModule(Module), "MAX_INTERPOLATION_DEPTH"));
    }
}
