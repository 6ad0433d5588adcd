using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime.Modules.ConfigParser
{
    /// <summary>Which of the three parser classes' rules apply.</summary>
    internal enum ConfigFlavor { Raw, Basic, Safe }

    /// <summary>
    /// The state and rules of RawConfigParser, ConfigParser and SafeConfigParser (Python 2.7) with
    /// the default OrderedDict: DEFAULT and named sections of option → value, where a value is a
    /// string, null (None), a list of lines while a read is incomplete, or any object Python set().
    /// The Python-overridable optionxform and str() are delegates the module layer supplies.
    /// </summary>
    internal sealed class ConfigDocument
    {
        public const string DefaultSection = "DEFAULT";
        public const int MaxInterpolationDepth = 10;

        private static readonly Regex InterpolationVariable = new Regex("%\\(([^)]+)\\)s", RegexOptions.CultureInvariant);
        private static readonly Regex KeyReference = new Regex("%\\(([^)]*)\\)s|.", RegexOptions.CultureInvariant | RegexOptions.Singleline);

        private static readonly Dictionary<string, bool> BooleanStates = new Dictionary<string, bool>
        {
            ["1"] = true, ["yes"] = true, ["true"] = true, ["on"] = true,
            ["0"] = false, ["no"] = false, ["false"] = false, ["off"] = false,
        };

        public readonly ConfigFlavor Flavor;
        public readonly bool AllowNoValue;
        public readonly OrderedDictionary<string, object> Defaults = new OrderedDictionary<string, object>();
        public readonly OrderedDictionary<string, OrderedDictionary<string, object>> Sections = new OrderedDictionary<string, OrderedDictionary<string, object>>();

        /// <summary>optionxform; str.lower by default.</summary>
        public Func<string, string> OptionTransform = s => PythonLower(s);
        /// <summary>str(value) for values that are not strings.</summary>
        public Func<object, string> Str = v => v is List<string> lines
            ? "[" + string.Join(", ", lines.Select(StrRepr.Of)) + "]"
            : v?.ToString() ?? "None";
        /// <summary>ConfigParser's `value % vars` step; the default handles %(name)s and %% only.</summary>
        public Func<string, Func<string, object>, string> PercentFormat = MappingFormat;

        public ConfigDocument(ConfigFlavor flavor = ConfigFlavor.Safe, bool allowNoValue = false)
        {
            Flavor = flavor;
            AllowNoValue = allowNoValue;
        }

        /// <summary>str.lower for a byte str: ASCII letters only.</summary>
        public static string PythonLower(string s)
        {
            var chars = s.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
                if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char)(chars[i] + 32);
            return new string(chars);
        }

        public List<string> SectionNames() => Sections.Keys.ToList();

        public void AddSection(string section)
        {
            if (PythonLower(section) == "default") throw new ConfigValueError("Invalid section name: " + section);
            if (Sections.ContainsKey(section)) throw new DuplicateSectionError(section);
            Sections.Add(section, new OrderedDictionary<string, object>());
        }

        public bool HasSection(string section) => Sections.ContainsKey(section);

        public List<string> Options(string section)
        {
            if (!Sections.TryGetValue(section, out var own)) throw new NoSectionError(section);
            var merged = new OrderedDictionary<string, object>(own);
            foreach (var kv in Defaults) merged[kv.Key] = kv.Value;
            merged.Remove("__name__");
            return merged.Keys.ToList();
        }

        /// <summary>Reads one file's lines (each with its line ending, as readline returns them).</summary>
        public void Read(IEnumerable<string> lines, string filename)
        {
            OrderedDictionary<string, object> current = null;
            string optionName = null;
            int lineNumber = 0;
            ParsingError error = null;
            foreach (string line in lines)
            {
                if (line.Length == 0) break;
                lineNumber++;
                if (ConfigLineSyntax.IsIgnored(line)) continue;
                if (ConfigLineSyntax.IsSpace(line[0]) && current != null && optionName != null)
                {
                    string continuation = ConfigLineSyntax.Strip(line);
                    if (continuation.Length > 0)
                    {
                        if (current[optionName] is List<string> parts) parts.Add(continuation);
                        else throw new ConfigValueError("'NoneType' object has no attribute 'append'", "AttributeError");
                    }
                    continue;
                }
                string header = ConfigLineSyntax.MatchSection(line);
                if (header != null)
                {
                    if (Sections.TryGetValue(header, out var existing)) current = existing;
                    else if (header == DefaultSection) current = Defaults;
                    else
                    {
                        current = new OrderedDictionary<string, object> { ["__name__"] = header };
                        Sections.Add(header, current);
                    }
                    optionName = null;
                }
                else if (current == null)
                {
                    throw new MissingSectionHeaderError(filename, lineNumber, line);
                }
                else if (ConfigLineSyntax.MatchOption(line, AllowNoValue, out string name, out string value))
                {
                    optionName = OptionTransform(name);
                    current[optionName] = value == null ? null : new List<string> { value };
                }
                else
                {
                    error ??= new ParsingError(filename);
                    error.Append(lineNumber, StrRepr.Of(line));
                }
            }
            if (error != null) throw error;
            foreach (var options in new[] { Defaults }.Concat(Sections.Values))
                foreach (string key in options.Keys.ToList())
                    if (options[key] is List<string> parts) options[key] = string.Join("\n", parts);
        }

        /// <summary>RawConfigParser.get.</summary>
        public object GetRaw(string section, string option)
        {
            string key = OptionTransform(option);
            if (!Sections.TryGetValue(section, out var own))
            {
                if (section != DefaultSection) throw new NoSectionError(section);
                if (Defaults.TryGetValue(key, out object d)) return d;
                throw new NoOptionError(option, section);
            }
            if (own.TryGetValue(key, out object v)) return v;
            if (Defaults.TryGetValue(key, out object dv)) return dv;
            throw new NoOptionError(option, section);
        }

        /// <summary>get() for the flavor: raw for RawConfigParser; ConfigParser/SafeConfigParser interpolate unless raw.</summary>
        public object Get(string section, string option, bool raw = false, IEnumerable<KeyValuePair<string, object>> vars = null, ConfigFlavor? as_ = null)
        {
            ConfigFlavor flavor = as_ ?? Flavor;
            if (flavor == ConfigFlavor.Raw) return GetRaw(section, option);
            OrderedDictionary<string, object> own = null;
            if (!Sections.TryGetValue(section, out own) && section != DefaultSection) throw new NoSectionError(section);
            var varDict = new Dictionary<string, object>();
            if (vars != null) foreach (var kv in vars) varDict[OptionTransform(kv.Key)] = kv.Value;
            object Lookup(string k)
            {
                if (varDict.TryGetValue(k, out object a)) return a;
                if (own != null && own.TryGetValue(k, out object b)) return b;
                if (Defaults.TryGetValue(k, out object c)) return c;
                throw new KeyNotFoundException(k);
            }
            option = OptionTransform(option);
            object value;
            try { value = Lookup(option); }
            catch (KeyNotFoundException) { throw new NoOptionError(option, section); }
            if (raw || value == null) return value;
            return Interpolate(section, option, value, Lookup, flavor);
        }

        /// <summary>items(): raw pairs for RawConfigParser, interpolated ones otherwise (unless raw).</summary>
        public List<KeyValuePair<string, object>> Items(string section, bool raw = false, IEnumerable<KeyValuePair<string, object>> vars = null, ConfigFlavor? as_ = null)
        {
            ConfigFlavor flavor = as_ ?? Flavor;
            var d = new OrderedDictionary<string, object>(Defaults);
            if (Sections.TryGetValue(section, out var own)) foreach (var kv in own) d[kv.Key] = kv.Value;
            else if (section != DefaultSection) throw new NoSectionError(section);
            if (flavor == ConfigFlavor.Raw)
            {
                d.Remove("__name__");
                return d.ToList();
            }
            if (vars != null) foreach (var kv in vars) d[OptionTransform(kv.Key)] = kv.Value;
            var options = d.Keys.Where(k => k != "__name__").ToList();
            object Lookup(string k) => d.TryGetValue(k, out object v) ? v : throw new KeyNotFoundException(k);
            return options.Select(o => new KeyValuePair<string, object>(o, raw ? d[o] : Interpolate(section, o, d[o], Lookup, flavor))).ToList();
        }

        private object Interpolate(string section, string option, object rawValue, Func<string, object> lookup, ConfigFlavor flavor)
        {
            if (flavor == ConfigFlavor.Safe)
            {
                var accumulated = new StringBuilder();
                // `while rest:` ends at once for None or an empty value; other non-strings fail on rest.find.
                if (rawValue == null || rawValue is string { Length: 0 }) return "";
                if (!(rawValue is string rawText)) throw new ConfigValueError($"'{PythonTypeName(rawValue)}' object has no attribute 'find'", "AttributeError");
                InterpolateSome(option, accumulated, rawText, section, lookup, 1);
                return accumulated.ToString();
            }
            if (!(rawValue is string value)) return rawValue;
            string raw = value;
            int depth = MaxInterpolationDepth;
            while (depth-- > 0)
            {
                if (value.Length > 0 && value.Contains("%("))
                {
                    value = KeyReference.Replace(value, m => m.Groups[1].Success ? "%(" + OptionTransform(m.Groups[1].Value) + ")s" : m.Value);
                    try { value = PercentFormat(value, lookup); }
                    catch (KeyNotFoundException e) { throw new InterpolationMissingOptionError(option, section, raw, e.Message); }
                }
                else break;
            }
            if (value.Length > 0 && value.Contains("%(")) throw new InterpolationDepthError(option, section, raw);
            return value;
        }

        private static string PythonTypeName(object value) => value switch
        {
            null => "NoneType",
            List<string> => "list",
            _ => value.GetType().Name,
        };

        private static string AsString(object value) => value as string
            ?? throw new ConfigValueError("expected string or buffer", "TypeError");

        private void InterpolateSome(string option, StringBuilder accumulated, string rest, string section, Func<string, object> lookup, int depth)
        {
            if (depth > MaxInterpolationDepth) throw new InterpolationDepthError(option, section, rest);
            while (rest.Length > 0)
            {
                int p = rest.IndexOf('%');
                if (p < 0)
                {
                    accumulated.Append(rest);
                    return;
                }
                if (p > 0)
                {
                    accumulated.Append(rest, 0, p);
                    rest = rest.Substring(p);
                }
                char c = rest.Length > 1 ? rest[1] : '\0';
                if (rest.Length > 1 && c == '%')
                {
                    accumulated.Append('%');
                    rest = rest.Substring(2);
                }
                else if (rest.Length > 1 && c == '(')
                {
                    Match m = InterpolationVariable.Match(rest);
                    if (!m.Success || m.Index != 0)
                        throw new InterpolationSyntaxError(option, section, "bad interpolation variable reference " + StrRepr.Of(rest));
                    string name = OptionTransform(m.Groups[1].Value);
                    rest = rest.Substring(m.Length);
                    object v;
                    try { v = lookup(name); }
                    catch (KeyNotFoundException) { throw new InterpolationMissingOptionError(option, section, rest, name); }
                    if (!(v is string text)) throw new ConfigValueError($"argument of type '{PythonTypeName(v)}' is not iterable", "TypeError");
                    if (text.Contains('%')) InterpolateSome(option, accumulated, text, section, lookup, depth + 1);
                    else accumulated.Append(text);
                }
                else
                {
                    throw new InterpolationSyntaxError(option, section, "'%' must be followed by '%' or '(', found: " + StrRepr.Of(rest));
                }
            }
        }

        /// <summary>'%(name)s' and '%(name)r' % mapping and '%%'; anything else is left to the module layer's formatter.</summary>
        public static string MappingFormat(string format, Func<string, object> lookup)
        {
            var sb = new StringBuilder(format.Length);
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c != '%') { sb.Append(c); continue; }
                if (i + 1 >= format.Length) throw new FormatException("incomplete format");
                if (format[i + 1] == '%') { sb.Append('%'); i++; continue; }
                if (format[i + 1] != '(') throw new FormatException("format requires a mapping");
                int close = format.IndexOf(')', i + 2);
                if (close < 0) throw new FormatException("incomplete format key");
                string key = format.Substring(i + 2, close - i - 2);
                object value = lookup(key);
                if (close + 1 >= format.Length) throw new FormatException("incomplete format");
                char conversion = format[close + 1];
                // %(name)r appears in logging.config files: args=(%(logfile)r, 'a').
                if (conversion == 'r' && value is string quoted) sb.Append(StrRepr.Of(quoted));
                else if (conversion != 's') throw new FormatException("unsupported format character");
                else sb.Append(value as string ?? value?.ToString() ?? "None");
                i = close + 1;
            }
            return sb.ToString();
        }

        public long GetInt(string section, string option) => long.Parse(AsString(Get(section, option)));

        /// <summary>getboolean: 1/yes/true/on and 0/no/false/off, any case.</summary>
        public bool GetBoolean(string section, string option)
        {
            string v = AsString(Get(section, option));
            if (!BooleanStates.TryGetValue(PythonLower(v), out bool state)) throw new ConfigValueError("Not a boolean: " + v);
            return state;
        }

        public bool HasOption(string section, string option)
        {
            if (string.IsNullOrEmpty(section) || section == DefaultSection) return Defaults.ContainsKey(OptionTransform(option));
            if (!Sections.TryGetValue(section, out var own)) return false;
            string key = OptionTransform(option);
            return own.ContainsKey(key) || Defaults.ContainsKey(key);
        }

        /// <param name="valueIsString">Whether the Python value is a str/unicode (SafeConfigParser checks).</param>
        public void Set(string section, string option, object value, bool valueIsString = true, ConfigFlavor? as_ = null)
        {
            if ((as_ ?? Flavor) == ConfigFlavor.Safe)
            {
                bool truthy = value != null && !(value is string s0 && s0.Length == 0);
                if ((!AllowNoValue || truthy) && !valueIsString)
                    throw new ConfigValueError("option values must be strings", "TypeError");
                if (value is string text)
                {
                    string tmp = text.Replace("%%", "");
                    tmp = InterpolationVariable.Replace(tmp, "");
                    int at = tmp.IndexOf('%');
                    if (at >= 0) throw new ConfigValueError("invalid interpolation syntax in " + StrRepr.Of(text) + " at position " + at);
                }
            }
            OrderedDictionary<string, object> target;
            if (string.IsNullOrEmpty(section) || section == DefaultSection) target = Defaults;
            else if (!Sections.TryGetValue(section, out target)) throw new NoSectionError(section);
            target[OptionTransform(option)] = value;
        }

        public bool RemoveOption(string section, string option)
        {
            OrderedDictionary<string, object> target;
            if (string.IsNullOrEmpty(section) || section == DefaultSection) target = Defaults;
            else if (!Sections.TryGetValue(section, out target)) throw new NoSectionError(section);
            return target.Remove(OptionTransform(option));
        }

        public bool RemoveSection(string section) => Sections.Remove(section);

        /// <summary>write(): DEFAULT first, then each section; continuation lines get a tab.</summary>
        public string Write()
        {
            var sb = new StringBuilder();
            string Text(object v) => (v as string ?? Str(v)).Replace("\n", "\n\t");
            if (Defaults.Count > 0)
            {
                sb.Append('[').Append(DefaultSection).Append("]\n");
                foreach (var kv in Defaults) sb.Append(kv.Key).Append(" = ").Append(Text(kv.Value)).Append('\n');
                sb.Append('\n');
            }
            foreach (var section in Sections)
            {
                sb.Append('[').Append(section.Key).Append("]\n");
                foreach (var kv in section.Value)
                {
                    if (kv.Key == "__name__") continue;
                    string line = kv.Value != null || !AllowNoValue ? kv.Key + " = " + Text(kv.Value) : kv.Key;
                    sb.Append(line).Append('\n');
                }
                sb.Append('\n');
            }
            return sb.ToString();
        }
    }
}
