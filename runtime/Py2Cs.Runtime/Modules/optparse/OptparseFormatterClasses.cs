using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Py2Cs.Runtime.Modules.argparse;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.optparse
{
    /// <summary>
    /// optparse.HelpFormatter, IndentedHelpFormatter and TitledHelpFormatter as Python classes whose
    /// state is ordinary attributes (help_position, current_indent...), as programs read and override them.
    /// </summary>
    internal static class OptparseFormatterClasses
    {
        private const string Module = "optparse";
        private static PyObject None => PyNone.None;

        private static int Int(PyObject o) => (int)((PyInt)o).Value;

        /// <summary>"=-"[level], with Python's negative indexing and IndexError.</summary>
        private static char TitleUnderline(int level)
        {
            if (level < -2 || level > 1) throw Ops.IndexError("string index out of range");
            return "=-"[level < 0 ? level + 2 : level];
        }

        private static string Spaces(int n) => new string(' ', Math.Max(0, n));

        public static readonly PyType HelpFormatter = new PythonClassBuilder(Module, "HelpFormatter")
            .Attribute("NO_DEFAULT_VALUE", S("none"))
            .Method("__init__", new[] { "self", "indent_increment", "max_help_position", "width", "short_first" }, a =>
            {
                PyObject self = a[0];
                Set(self, "parser", None);
                Set(self, "indent_increment", a[1]);
                int width = IsNone(a[3]) ? argparse.HelpFormatter.ColumnsFromEnvironment() - 2 : Int(a[3]);
                Set(self, "width", PyInt.From(width));
                int position = Math.Min(Int(a[2]), Math.Max(width - 20, Int(a[1]) * 2));
                Set(self, "help_position", PyInt.From(position));
                Set(self, "max_help_position", PyInt.From(position));
                Set(self, "current_indent", PyInt.From(0));
                Set(self, "level", PyInt.From(0));
                Set(self, "help_width", None);
                Set(self, "short_first", a[4]);
                Set(self, "default_tag", S("%default"));
                Set(self, "option_strings", new PyDict());
                Set(self, "_short_opt_fmt", S("%s %s"));
                Set(self, "_long_opt_fmt", S("%s=%s"));
                return None;
            })
            .Method("set_parser", new[] { "self", "parser" }, a => { Set(a[0], "parser", a[1]); return None; })
            .Method("set_short_opt_delimiter", new[] { "self", "delim" }, a =>
            {
                string d = Text(a[1]);
                if (d != "" && d != " ") throw Ops.ValueError("invalid metavar delimiter for short options: " + Ops.Repr(a[1]));
                Set(a[0], "_short_opt_fmt", S("%s" + d + "%s"));
                return None;
            })
            .Method("set_long_opt_delimiter", new[] { "self", "delim" }, a =>
            {
                string d = Text(a[1]);
                if (d != "=" && d != " ") throw Ops.ValueError("invalid metavar delimiter for long options: " + Ops.Repr(a[1]));
                Set(a[0], "_long_opt_fmt", S("%s" + d + "%s"));
                return None;
            })
            .Method("indent", new[] { "self" }, a =>
            {
                Set(a[0], "current_indent", PyInt.From(Int(Get(a[0], "current_indent")) + Int(Get(a[0], "indent_increment"))));
                Set(a[0], "level", PyInt.From(Int(Get(a[0], "level")) + 1));
                return None;
            })
            .Method("dedent", new[] { "self" }, a =>
            {
                int indent = Int(Get(a[0], "current_indent")) - Int(Get(a[0], "indent_increment"));
                Set(a[0], "current_indent", PyInt.From(indent));
                if (indent < 0) throw Ops.AssertionFailed(S("Indent decreased below 0."));
                Set(a[0], "level", PyInt.From(Int(Get(a[0], "level")) - 1));
                return None;
            })
            .Method("format_usage", new[] { "self", "usage" }, a => throw Ops.MakeRaise(PyExceptionTypes.NotImplementedError, S("subclasses must implement")))
            .Method("format_heading", new[] { "self", "heading" }, a => throw Ops.MakeRaise(PyExceptionTypes.NotImplementedError, S("subclasses must implement")))
            .Method("_format_text", new[] { "self", "text" }, a =>
            {
                int indent = Int(Get(a[0], "current_indent"));
                int width = Math.Max(Int(Get(a[0], "width")) - indent, 11);
                return HelpText.Like(TextWrapper.Fill(Text(a[1]), width, Spaces(indent), Spaces(indent)), a[1]);
            })
            .Method("format_description", new[] { "self", "description" }, a =>
                Ops.IsTrue(a[1]) ? HelpText.Join("", new[] { Call(a[0], "_format_text", a[1]), S("\n") }) : S(""))
            .Method("format_epilog", new[] { "self", "epilog" }, a =>
                Ops.IsTrue(a[1]) ? HelpText.Join("", new[] { S("\n"), Call(a[0], "_format_text", a[1]), S("\n") }) : S(""))
            .Method("expand_default", new[] { "self", "option" }, a =>
            {
                PyObject parser = Get(a[0], "parser"), tag = Get(a[0], "default_tag");
                if (IsNone(parser) || !Ops.IsTrue(tag)) return Get(a[1], "help");
                PyObject value = Call(Get(parser, "defaults"), "get", Get(a[1], "dest"));
                if (IsNone(value) || ReferenceEquals(value, OptparseClasses.NoDefault))
                    value = Get(a[0], "NO_DEFAULT_VALUE");
                return HelpText.Like(Text(Get(a[1], "help")).Replace(Text(tag), Ops.Str(value).ToString()), Get(a[1], "help"), tag);
            })
            .Method("format_option", new[] { "self", "option" }, a =>
            {
                PyObject self = a[0], option = a[1];
                var result = new StringBuilder();
                PyObject optsObject = Ops.GetItem(Get(self, "option_strings"), option);
                PyObject helpObject = S("");
                string opts = Text(optsObject);
                int indent = Int(Get(self, "current_indent")), position = Int(Get(self, "help_position"));
                int optWidth = position - indent - 2;
                int indentFirst;
                if (opts.Length > optWidth) { opts = Spaces(indent) + opts + "\n"; indentFirst = position; }
                else { opts = Spaces(indent) + opts.PadRight(optWidth) + "  "; indentFirst = 0; }
                result.Append(opts);
                if (Ops.IsTrue(Get(option, "help")))
                {
                    helpObject = Call(self, "expand_default", option);
                    string help = Text(helpObject);
                    List<string> lines = TextWrapper.Wrap(help, Int(Get(self, "help_width")));
                    if (lines.Count == 0) throw Ops.IndexError("list index out of range");
                    result.Append(Spaces(indentFirst)).Append(lines[0]).Append('\n');
                    foreach (string line in lines.Skip(1)) result.Append(Spaces(position)).Append(line).Append('\n');
                }
                else if (opts[^1] != '\n')
                {
                    result.Append('\n');
                }
                return HelpText.Like(result.ToString(), optsObject, helpObject);
            })
            .Method("store_option_strings", new[] { "self", "parser" }, a =>
            {
                PyObject self = a[0];
                PyObject map = Get(self, "option_strings");
                Call(self, "indent");
                int maxLength = 0;
                foreach (PyObject option in Items(Get(a[1], "option_list")))
                {
                    PyObject strings = Call(self, "format_option_strings", option);
                    Ops.SetItem(map, option, strings);
                    maxLength = Math.Max(maxLength, Text(strings).Length + Int(Get(self, "current_indent")));
                }
                Call(self, "indent");
                foreach (PyObject group in Items(Get(a[1], "option_groups")))
                    foreach (PyObject option in Items(Get(group, "option_list")))
                    {
                        PyObject strings = Call(self, "format_option_strings", option);
                        Ops.SetItem(map, option, strings);
                        maxLength = Math.Max(maxLength, Text(strings).Length + Int(Get(self, "current_indent")));
                    }
                Call(self, "dedent");
                Call(self, "dedent");
                int position = Math.Min(maxLength + 2, Int(Get(self, "max_help_position")));
                Set(self, "help_position", PyInt.From(position));
                Set(self, "help_width", PyInt.From(Math.Max(Int(Get(self, "width")) - position, 11)));
                return None;
            })
            .Method("format_option_strings", new[] { "self", "option" }, a =>
            {
                PyObject option = a[1];
                IEnumerable<string> shorts = Items(Get(option, "_short_opts")).ConvertAll(Text);
                IEnumerable<string> longs = Items(Get(option, "_long_opts")).ConvertAll(Text);
                if (Ops.IsTrue(Call(option, "takes_value")))
                {
                    PyObject metavar = Get(option, "metavar");
                    string m = Ops.IsTrue(metavar) ? Text(metavar) : Text(Get(option, "dest")).ToUpperInvariant();
                    string shortDelimiter = Text(Get(a[0], "_short_opt_fmt")).Replace("%s", "");
                    string longDelimiter = Text(Get(a[0], "_long_opt_fmt")).Replace("%s", "");
                    shorts = shorts.Select(s => s + shortDelimiter + m).ToList();
                    longs = longs.Select(l => l + longDelimiter + m).ToList();
                }
                return HelpText.Like(string.Join(", ", Ops.IsTrue(Get(a[0], "short_first")) ? shorts.Concat(longs) : longs.Concat(shorts)),
                    Get(option, "metavar"));
            })
            .Build();

        public static readonly PyType IndentedHelpFormatter = new PythonClassBuilder(Module, "IndentedHelpFormatter", HelpFormatter)
            .Method("__init__", new[] { "self", "indent_increment", "max_help_position", "width", "short_first" }, a =>
            {
                Ops.Call(Get(HelpFormatter, "__init__"), new[] { a[0], a[1], a[2], a[3], a[4] });
                return None;
            }, defaults: new PyObject[] { PyInt.From(2), PyInt.From(24), None, PyInt.From(1) })
            .Method("format_usage", new[] { "self", "usage" }, a => HelpText.Like("Usage: " + Text(a[1]) + "\n", a[1]))
            .Method("format_heading", new[] { "self", "heading" }, a => HelpText.Like(Spaces(Int(Get(a[0], "current_indent"))) + Text(a[1]) + ":\n", a[1]))
            .Build();

        public static readonly PyType TitledHelpFormatter = new PythonClassBuilder(Module, "TitledHelpFormatter", HelpFormatter)
            .Method("__init__", new[] { "self", "indent_increment", "max_help_position", "width", "short_first" }, a =>
            {
                Ops.Call(Get(HelpFormatter, "__init__"), new[] { a[0], a[1], a[2], a[3], a[4] });
                return None;
            }, defaults: new PyObject[] { PyInt.From(0), PyInt.From(24), None, PyInt.From(0) })
            .Method("format_usage", new[] { "self", "usage" }, a => HelpText.Like(Text(Call(a[0], "format_heading", S("Usage"))) + "  " + Text(a[1]) + "\n", a[1]))
            .Method("format_heading", new[] { "self", "heading" }, a =>
                HelpText.Like(Text(a[1]) + "\n" + new string(TitleUnderline(Int(Get(a[0], "level"))), Text(a[1]).Length) + "\n", a[1]))
            .Build();
    }
}
