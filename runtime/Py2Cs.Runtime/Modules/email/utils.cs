#pragma warning disable CS8981 // the module class is named as in Python
using System.Text;
using System.Text.RegularExpressions;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// email.utils (Python 2.7): formatdate, formataddr, parseaddr, quote, unquote, make_msgid.
    /// parseaddr reads the common address forms ("Name &lt;addr&gt;", "addr (Name)", bare addr,
    /// quoted names); it is not the full RFC 2822 address-list parser of 2.7's _parseaddr.
    /// </summary>
    [PythonModule("email.utils")]
    public static class emailUtilsModule
    {
        private static readonly string[] Days = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        private static readonly Regex Specials = new(@"[][\\()<>@,:;"".]"), Escapes = new(@"[][\\()""]");

        private static PyObject Time => Importer.ImportModule("time");
        private static long Field(PyObject tuple, int i) => Ops.IndexToLong(Ops.GetItem(tuple, PyInt.From(i)));

        public static PyObject formatdate(PyObject timeval = null, PyObject localtime = null, PyObject usegmt = null)
        {
            if (timeval == null || IsNone(timeval)) timeval = Ops.Call(Get(Time, "time"));
            PyObject now;
            string zone;
            if (localtime != null && Ops.IsTrue(localtime))
            {
                now = Ops.Call(Get(Time, "localtime"), timeval);
                long offset = Ops.IsTrue(Get(Time, "daylight")) && Field(now, 8) != 0
                    ? Ops.IndexToLong(Get(Time, "altzone")) : Ops.IndexToLong(Get(Time, "timezone"));
                long hours = System.Math.Abs(offset) / 3600, minutes = System.Math.Abs(offset) % 3600;
                zone = $"{(offset > 0 ? '-' : '+')}{hours:00}{minutes / 60:00}";
            }
            else
            {
                now = Ops.Call(Get(Time, "gmtime"), timeval);
                zone = usegmt != null && Ops.IsTrue(usegmt) ? "GMT" : "-0000";
            }
            return S($"{Days[Field(now, 6)]}, {Field(now, 2):00} {Months[Field(now, 1) - 1]} {Field(now, 0):0000} " +
                     $"{Field(now, 3):00}:{Field(now, 4):00}:{Field(now, 5):00} {zone}");
        }

        public static PyObject formataddr(PyObject pair)
        {
            var parts = Items(pair);
            if (parts.Count != 2) throw Ops.ValueError(parts.Count > 2 ? "too many values to unpack" : $"need more than {parts.Count} value{(parts.Count == 1 ? "" : "s")} to unpack");
            if (!Ops.IsTrue(parts[0])) return parts[1];
            string name = Text(parts[0]);
            string quotes = "";
            if (Specials.IsMatch(name))
            {
                quotes = "\"";
                name = Escapes.Replace(name, m => "\\" + m.Value);
            }
            return Ops.Modulo(S("%s%s%s <%s>"), PyTuple.Create(S(quotes), S(name), S(quotes), parts[1]));
        }

        public static PyObject quote(PyObject str) => S(Text(str).Replace("\\", "\\\\").Replace("\"", "\\\""));

        public static PyObject unquote(PyObject str)
        {
            string s = Text(str);
            if (s.Length > 1)
            {
                if (s.StartsWith("\"") && s.EndsWith("\"")) return S(s.Substring(1, s.Length - 2).Replace("\\\\", "\\").Replace("\\\"", "\""));
                if (s.StartsWith("<") && s.EndsWith(">")) return S(s.Substring(1, s.Length - 2));
            }
            return str;
        }

        public static PyObject parseaddr(PyObject addr)
        {
            string s = Text(addr).Trim();
            var angle = Regex.Match(s, @"^(?<name>[^<]*)<(?<addr>[^>]*)>\s*$");
            if (angle.Success) return PyTuple.Create(S(DisplayName(angle.Groups["name"].Value)), S(Regex.Replace(angle.Groups["addr"].Value, @"\s+", "")));
            var comment = Regex.Match(s, @"^(?<addr>[^\s()]+)\s*\((?<name>[^)]*)\)\s*$");
            if (comment.Success) return PyTuple.Create(S(comment.Groups["name"].Value), S(comment.Groups["addr"].Value));
            if (s.Length == 0 || s.IndexOfAny(new[] { '<', '>', '(', ')', ',' }) >= 0) return PyTuple.Create(S(""), S(""));
            return PyTuple.Create(S(""), S(Regex.Replace(s, @"\s+", "")));
        }

        /// <summary>A display name: quoted strings lose their quotes and backslash escapes, whitespace runs become one space.</summary>
        private static string DisplayName(string raw)
        {
            var sb = new StringBuilder();
            string trimmed = raw.Trim();
            for (int i = 0; i < trimmed.Length; i++)
            {
                char c = trimmed[i];
                if (c == '"') continue;
                if (c == '\\' && i + 1 < trimmed.Length) { sb.Append(trimmed[++i]); continue; }
                sb.Append(c);
            }
            return Regex.Replace(sb.ToString(), @"\s+", " ");
        }

        public static PyObject make_msgid(PyObject idstring = null)
        {
            PyObject timeval = Ops.Call(Get(Time, "time"));
            PyObject utcdate = Ops.Call(Get(Time, "strftime"), S("%Y%m%d%H%M%S"), Ops.Call(Get(Time, "gmtime"), timeval));
            PyObject pid = Ops.Call(Get(Importer.ImportModule("os"), "getpid"));
            PyObject randint = Ops.Call(Get(Importer.ImportModule("random"), "randrange"), PyInt.From(100000));
            string id = idstring == null || IsNone(idstring) ? "" : "." + Text(idstring);
            PyObject host = Ops.Call(Get(Importer.ImportModule("socket"), "getfqdn"));
            return S($"<{Text(utcdate)}.{Text(Ops.Str(pid))}.{Text(Ops.Str(randint))}{id}@{Text(host)}>");
        }
    }
}
