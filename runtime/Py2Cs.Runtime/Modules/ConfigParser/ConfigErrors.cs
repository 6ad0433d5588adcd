using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.ConfigParser
{
    /// <summary>
    /// ConfigParser.Error and its family before they become Python exceptions: each carries the
    /// exact message and the attributes (section, option, args...) CPython 2.7 sets.
    /// </summary>
    internal class ConfigError : Exception
    {
        /// <summary>The .message text (also str() of the exception).</summary>
        public string Text { get; protected set; }

        public ConfigError(string text) : base(text) { Text = text; }

        public override string Message => Text;
    }

    internal sealed class NoSectionError : ConfigError
    {
        public string Section { get; }
        public NoSectionError(string section) : base("No section: " + StrRepr.Of(section)) { Section = section; }
    }

    internal sealed class DuplicateSectionError : ConfigError
    {
        public string Section { get; }
        public DuplicateSectionError(string section) : base("Section " + StrRepr.Of(section) + " already exists") { Section = section; }
    }

    internal sealed class NoOptionError : ConfigError
    {
        public string Option { get; }
        public string Section { get; }
        public NoOptionError(string option, string section)
            : base("No option " + StrRepr.Of(option) + " in section: " + StrRepr.Of(section))
        {
            Option = option;
            Section = section;
        }
    }

    internal class InterpolationError : ConfigError
    {
        public string Option { get; }
        public string Section { get; }
        public InterpolationError(string option, string section, string message) : base(message)
        {
            Option = option;
            Section = section;
        }
    }

    internal sealed class InterpolationMissingOptionError : InterpolationError
    {
        public string RawValue { get; }
        public string Reference { get; }
        public InterpolationMissingOptionError(string option, string section, string rawValue, string reference)
            : base(option, section,
                "Bad value substitution:\n" +
                "\tsection: [" + section + "]\n" +
                "\toption : " + option + "\n" +
                "\tkey    : " + reference + "\n" +
                "\trawval : " + rawValue + "\n")
        {
            RawValue = rawValue;
            Reference = reference;
        }
    }

    internal sealed class InterpolationSyntaxError : InterpolationError
    {
        public InterpolationSyntaxError(string option, string section, string message) : base(option, section, message) { }
    }

    internal sealed class InterpolationDepthError : InterpolationError
    {
        public string RawValue { get; }
        public InterpolationDepthError(string option, string section, string rawValue)
            : base(option, section,
                "Value interpolation too deeply recursive:\n" +
                "\tsection: [" + section + "]\n" +
                "\toption : " + option + "\n" +
                "\trawval : " + rawValue + "\n")
        {
            RawValue = rawValue;
        }
    }

    internal class ParsingError : ConfigError
    {
        public string Filename { get; }
        public List<(int Line, string Text)> Errors { get; } = new List<(int, string)>();

        public ParsingError(string filename) : base("File contains parsing errors: " + filename) { Filename = filename; }

        protected ParsingError(string filename, string text) : base(text) { Filename = filename; }

        /// <summary>ParsingError.append: records the line (already repr'd) and extends the message.</summary>
        public void Append(int lineNumber, string reprOfLine)
        {
            Errors.Add((lineNumber, reprOfLine));
            Text += "\n\t[line " + lineNumber.ToString().PadLeft(2) + "]: " + reprOfLine;
        }
    }

    internal sealed class MissingSectionHeaderError : ParsingError
    {
        public int LineNumber { get; }
        public string Line { get; }

        public MissingSectionHeaderError(string filename, int lineNumber, string line)
            : base(filename, "File contains no section headers.\nfile: " + filename + ", line: " + lineNumber + "\n" + StrRepr.Of(line))
        {
            LineNumber = lineNumber;
            Line = line;
        }
    }

    /// <summary>The ValueError/TypeError texts ConfigParser raises outside its own exception family.</summary>
    internal sealed class ConfigValueError : Exception
    {
        /// <summary>The Python exception class: ValueError, TypeError or AttributeError.</summary>
        public string PythonType { get; }
        public ConfigValueError(string message, string pythonType = "ValueError") : base(message) { PythonType = pythonType; }
    }
}
