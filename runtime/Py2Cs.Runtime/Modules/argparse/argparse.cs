using Py2Cs.Runtime.Modules.argparse;

namespace Py2Cs.Runtime
{
    /// <summary>The argparse module (Python 2.7.18): parsers, actions, formatters, Namespace, FileType, errors.</summary>
    [PythonModule("argparse")]
    public static class argparseModule
    {
        public static readonly PyList __all__ = PyList.FromArray(System.Array.ConvertAll(new[]
        {
            "ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "HelpFormatter", "ArgumentDefaultsHelpFormatter",
            "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER",
            "REMAINDER", "SUPPRESS", "ZERO_OR_MORE",
        }, n => (PyObject)PyStr.FromString(n)));

        public static readonly PyStr SUPPRESS = PythonValues.Suppress;
        public static readonly PyStr OPTIONAL = PyStr.FromString("?");
        public static readonly PyStr ZERO_OR_MORE = PyStr.FromString("*");
        public static readonly PyStr ONE_OR_MORE = PyStr.FromString("+");
        public static readonly PyStr PARSER = PyStr.FromString("A...");
        public static readonly PyStr REMAINDER = PyStr.FromString("...");
        public static readonly PyStr _UNRECOGNIZED_ARGS_ATTR = PyStr.FromString("_unrecognized_args");

        public static readonly PyType ArgumentParser = ArgumentParserClass.Type;
        public static readonly PyType ArgumentError = ArgparseActions.ArgumentError;
        public static readonly PyType ArgumentTypeError = ArgparseActions.ArgumentTypeError;
        public static readonly PyType Namespace = ArgparseActions.Namespace;
        public static readonly PyType Action = ArgparseActions.Action;
        public static readonly PyType FileType = ArgparseActions.FileType;
        public static readonly PyType HelpFormatter = ArgparseFormatters.HelpFormatterClass;
        public static readonly PyType RawDescriptionHelpFormatter = ArgparseFormatters.RawDescriptionHelpFormatter;
        public static readonly PyType RawTextHelpFormatter = ArgparseFormatters.RawTextHelpFormatter;
        public static readonly PyType ArgumentDefaultsHelpFormatter = ArgparseFormatters.ArgumentDefaultsHelpFormatter;
        public static readonly PyType _StoreAction = ArgparseActions.StoreAction;
        public static readonly PyType _StoreConstAction = ArgparseActions.StoreConstAction;
        public static readonly PyType _StoreTrueAction = ArgparseActions.StoreTrueAction;
        public static readonly PyType _StoreFalseAction = ArgparseActions.StoreFalseAction;
        public static readonly PyType _AppendAction = ArgparseActions.AppendAction;
        public static readonly PyType _AppendConstAction = ArgparseActions.AppendConstAction;
        public static readonly PyType _CountAction = ArgparseActions.CountAction;
        public static readonly PyType _HelpAction = ArgparseActions.HelpAction;
        public static readonly PyType _VersionAction = ArgparseActions.VersionAction;
        public static readonly PyType _SubParsersAction = ArgparseActions.SubParsersAction;
        public static readonly PyType _ActionsContainer = ArgparseContainers.ActionsContainer;
        public static readonly PyType _ArgumentGroup = ArgparseContainers.ArgumentGroup;
        public static readonly PyType _MutuallyExclusiveGroup = ArgparseContainers.MutuallyExclusiveGroup;
    }
}
