using Py2Cs.Runtime.Modules.optparse;

namespace Py2Cs.Runtime
{
    /// <summary>The optparse module (Python 2.7): OptionParser, Option, Values, groups, formatters, errors.</summary>
    [PythonModule("optparse")]
    public static class optparseModule
    {
        public static readonly PyList __all__ = PyList.FromArray(System.Array.ConvertAll(new[]
        {
            "Option", "make_option", "SUPPRESS_HELP", "SUPPRESS_USAGE", "Values", "OptionContainer", "OptionGroup", "OptionParser",
            "HelpFormatter", "IndentedHelpFormatter", "TitledHelpFormatter", "OptParseError", "OptionError", "OptionConflictError",
            "OptionValueError", "BadOptionError",
        }, n => (PyObject)PyStr.FromString(n)));

        public static readonly PyStr __version__ = PyStr.FromString("1.5.3");
        public static readonly PyStr SUPPRESS_HELP = OptparseClasses.SuppressHelp;
        public static readonly PyStr SUPPRESS_USAGE = OptparseClasses.SuppressUsage;
        public static readonly PyTuple NO_DEFAULT = OptparseClasses.NoDefault;
        public static readonly PyType OptParseError = OptparseClasses.OptParseError;
        public static readonly PyType OptionError = OptparseClasses.OptionError;
        public static readonly PyType OptionConflictError = OptparseClasses.OptionConflictError;
        public static readonly PyType OptionValueError = OptparseClasses.OptionValueError;
        public static readonly PyType BadOptionError = OptparseClasses.BadOptionError;
        public static readonly PyType AmbiguousOptionError = OptparseClasses.AmbiguousOptionError;
        public static readonly PyType Option = OptparseClasses.Option;
        public static readonly PyType make_option = OptparseClasses.Option;
        public static readonly PyType Values = OptparseClasses.Values;
        public static readonly PyObject check_builtin = OptparseClasses.check_builtin;
        public static readonly PyObject check_choice = OptparseClasses.check_choice;
        public static readonly PyType HelpFormatter = OptparseFormatterClasses.HelpFormatter;
        public static readonly PyType IndentedHelpFormatter = OptparseFormatterClasses.IndentedHelpFormatter;
        public static readonly PyType TitledHelpFormatter = OptparseFormatterClasses.TitledHelpFormatter;
        public static readonly PyType OptionContainer = OptparseParserClasses.OptionContainer;
        public static readonly PyType OptionGroup = OptparseParserClasses.OptionGroup;
        public static readonly PyType OptionParser = OptparseParserClasses.OptionParser;
        public static readonly PyObject _match_abbrev = OptparseParserClasses.match_abbrev;
    }
}
