using System.Collections.Generic;

namespace Py2Cs.Runtime
{
    /// <summary>The docstrings 2.7's ConfigParser.py carries (help() shows them), keyed "Class.method".</summary>
    public static partial class ConfigParserModule
    {
        public static void __init__(PyModule m) => m["__doc__"] = PyStr.FromString(ModuleDoc);

        private const string ModuleDoc =
            "Configuration file parser.\n\nA setup file consists of sections, lead by a \"[section]\" header,\nand followed by \"name: value\" entries, with continuations and such in\nthe style of RFC 822.\n\nThe option values can contain format strings which refer to other values in\nthe same section, or values in a special [DEFAULT] section.\n\nFor example:\n\n    something: %(dir)s/whatever\n\nwould resolve the \"%(dir)s\" to the value of dir.  All reference\nexpansions are done late, on demand.\n\nIntrinsic defaults can be specified by passing them into the\nConfigParser constructor as a dictionary.\n\nclass:\n\nConfigParser -- responsible for parsing a list of\n                configuration files, and managing the parsed database.\n\n    methods:\n\n    __init__(defaults=None)\n        create the parser and specify a dictionary of intrinsic defaults.  The\n        keys must be strings, the values must be appropriate for %()s string\n        interpolation.  Note that `__name__' is always an intrinsic default;\n        its value is the section's name.\n\n    sections()\n        return all the configuration section names, sans DEFAULT\n\n    has_section(section)\n        return whether the given section exists\n\n    has_option(section, option)\n        return whether the given option exists in the given section\n\n    options(section)\n        return list of configuration options for the named section\n\n    read(filenames)\n        read and parse the list of named configuration files, given by\n        name.  A single filename is also allowed.  Non-existing files\n        are ignored.  Return list of successfully read files.\n\n    readfp(fp, filename=None)\n        read and parse one configuration file, given as a file object.\n        The filename defaults to fp.name; it is only used in error\n        messages (if fp has no `name' attribute, the string `<???>' is used).\n\n    get(section, option, raw=False, vars=None)\n        return a string value for the named option.  All % interpolations are\n        expanded in the return values, based on the defaults passed into the\n        constructor and the DEFAULT section.  Additional substitutions may be\n        provided using the `vars' argument, which must be a dictionary whose\n        contents override any pre-existing defaults.\n\n    getint(section, options)\n        like get(), but convert value to an integer\n\n    getfloat(section, options)\n        like get(), but convert value to a float\n\n    getboolean(section, options)\n        like get(), but convert value to a boolean (currently case\n        insensitively defined as 0, false, no, off for False, and 1, true,\n        yes, on for True).  Returns False or True.\n\n    items(section, raw=False, vars=None)\n        return a list of tuples with (name, value) for each option\n        in the section.\n\n    remove_section(section)\n        remove the given file section and all its options\n\n    remove_option(section, option)\n        remove the given option from the given section\n\n    set(section, option, value)\n        set the given option\n\n    write(fp)\n        write the configuration state in .ini format\n";

        /// <summary>A nested class so the table exists before the class fields (other files) are built.</summary>
        private static class MethodDocs
        {
            public static readonly Dictionary<string, string> ByName = new Dictionary<string, string>
            {
                ["RawConfigParser._read"] = "Parse a sectioned setup file.\n\n        The sections in setup file contains a title line at the top,\n        indicated by a name in square brackets (`[]'), plus key/value\n        options lines, indicated by `name: value' format lines.\n        Continuations are represented by an embedded newline then\n        leading whitespace.  Blank lines, lines beginning with a '#',\n        and just about everything else are ignored.\n        ",
                ["RawConfigParser.add_section"] = "Create a new section in the configuration.\n\n        Raise DuplicateSectionError if a section by the specified name\n        already exists. Raise ValueError if name is DEFAULT or any of it's\n        case-insensitive variants.\n        ",
                ["RawConfigParser.has_option"] = "Check for the existence of a given option in a given section.",
                ["RawConfigParser.has_section"] = "Indicate whether the named section is present in the configuration.\n\n        The DEFAULT section is not acknowledged.\n        ",
                ["RawConfigParser.options"] = "Return a list of option names for the given section name.",
                ["RawConfigParser.read"] = "Read and parse a filename or a list of filenames.\n\n        Files that cannot be opened are silently ignored; this is\n        designed so that you can specify a list of potential\n        configuration file locations (e.g. current directory, user's\n        home directory, systemwide directory), and all existing\n        configuration files in the list will be read.  A single\n        filename may also be given.\n\n        Return list of successfully read files.\n        ",
                ["RawConfigParser.readfp"] = "Like read() but the argument must be a file-like object.\n\n        The `fp' argument must have a `readline' method.  Optional\n        second argument is the `filename', which if not given, is\n        taken from fp.name.  If fp has no `name' attribute, `<???>' is\n        used.\n\n        ",
                ["RawConfigParser.remove_option"] = "Remove an option.",
                ["RawConfigParser.remove_section"] = "Remove a file section.",
                ["RawConfigParser.sections"] = "Return a list of section names, excluding [DEFAULT]",
                ["RawConfigParser.set"] = "Set an option.",
                ["RawConfigParser.write"] = "Write an .ini-format representation of the configuration state.",
                ["ConfigParser.get"] = "Get an option value for a given section.\n\n        If `vars' is provided, it must be a dictionary. The option is looked up\n        in `vars' (if provided), `section', and in `defaults' in that order.\n\n        All % interpolations are expanded in the return values, unless the\n        optional argument `raw' is true. Values for interpolation keys are\n        looked up in the same manner as the option.\n\n        The section DEFAULT is special.\n        ",
                ["ConfigParser.items"] = "Return a list of tuples with (name, value) for each option\n        in the section.\n\n        All % interpolations are expanded in the return values, based on the\n        defaults passed into the constructor, unless the optional argument\n        `raw' is true.  Additional substitutions may be provided using the\n        `vars' argument, which must be a dictionary whose contents overrides\n        any pre-existing defaults.\n\n        The section DEFAULT is special.\n        ",
                ["SafeConfigParser.set"] = "Set an option.  Extend ConfigParser.set: check for string values.",
            };
        }

        /// <summary>Gives the class's methods their 2.7 docstrings.</summary>
        private static PyType Documented(PyType cls)
        {
            string prefix = cls.Name + ".";
            foreach (var (key, doc) in MethodDocs.ByName)
                if (key.StartsWith(prefix, System.StringComparison.Ordinal) && cls.Dict.GetStr(key.Substring(prefix.Length)) is PyFunction f)
                    f.Doc = PyStr.FromString(doc);
            return cls;
        }
    }
}
