using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime.Modules.logging
{
    /// <summary>
    /// Evaluates the expressions fileConfig finds in a handler's <c>args</c> and <c>class</c> options
    /// (CPython: <c>eval(args, vars(logging))</c>) when the host cannot compile Python at run time:
    /// tuples, lists, string and number literals, None/True/False, dotted names looked up in the
    /// namespace, and calls with positional arguments. With a runtime compiler the real eval is used.
    /// </summary>
    internal sealed class ArgsExpression
    {
        private readonly string text;
        private readonly PyDict names;
        private int pos;

        private ArgsExpression(string text, PyDict names)
        {
            this.text = text;
            this.names = names;
        }

        public static PyObject Evaluate(string text, PyDict names)
        {
            var parser = new ArgsExpression(text, names);
            PyObject value = parser.ParseTupleBody(endChar: '\0');
            parser.SkipSpace();
            if (parser.pos < text.Length) throw parser.Syntax();
            return value;
        }

        private PythonException Syntax() => Ops.MakeRaise(PyExceptionTypes.SyntaxError, PyStr.FromString("invalid syntax"));

        private void SkipSpace()
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
        }

        private char Peek()
        {
            SkipSpace();
            return pos < text.Length ? text[pos] : '\0';
        }

        /// <summary>An expression list: a bare comma makes a tuple, as in Python.</summary>
        private PyObject ParseTupleBody(char endChar)
        {
            var items = new List<PyObject>();
            bool comma = false;
            while (Peek() != endChar && Peek() != '\0')
            {
                items.Add(ParseAtom());
                if (Peek() == ',') { pos++; comma = true; }
                else break;
            }
            if (items.Count == 1 && !comma) return items[0];
            return PyTuple.Create(items.ToArray());
        }

        private PyObject ParseAtom()
        {
            char c = Peek();
            PyObject value;
            if (c == '(')
            {
                pos++;
                value = ParseTupleBody(')');
                Expect(')');
                if (Peek() == ')') { }
            }
            else if (c == '[')
            {
                pos++;
                var items = new List<PyObject>();
                while (Peek() != ']')
                {
                    items.Add(ParseAtom());
                    if (Peek() == ',') pos++;
                    else break;
                }
                Expect(']');
                value = PyList.FromArray(items.ToArray());
            }
            else if (c == '-' || c == '+')
            {
                pos++;
                PyObject operand = ParseAtom();
                value = c == '-' ? Ops.Negative(operand) : operand;
            }
            else if (char.IsDigit(c) || c == '.') value = ParseNumber();
            else if (c == '\'' || c == '"') value = ParseString(false, false);
            else if ((c == 'u' || c == 'U' || c == 'r' || c == 'R' || c == 'b' || c == 'B') && StringPrefixFollows()) value = ParsePrefixedString();
            else if (char.IsLetter(c) || c == '_') value = LookUp(ParseIdentifier());
            else throw Syntax();
            while (true)
            {
                c = Peek();
                if (c == '.') { pos++; value = Ops.GetAttr(value, PyStr.Intern(ParseIdentifier())); }
                else if (c == '(')
                {
                    pos++;
                    var args = new List<PyObject>();
                    while (Peek() != ')')
                    {
                        args.Add(ParseAtom());
                        if (Peek() == ',') pos++;
                        else break;
                    }
                    Expect(')');
                    value = Ops.Call(value, args.ToArray());
                }
                else if (c == '[')
                {
                    pos++;
                    PyObject index = ParseAtom();
                    Expect(']');
                    value = Ops.GetItem(value, index);
                }
                else return value;
            }
        }

        private void Expect(char c)
        {
            if (Peek() != c) throw Syntax();
            pos++;
        }

        private bool StringPrefixFollows()
        {
            int i = pos;
            while (i < text.Length && i < pos + 2 && "uUrRbB".IndexOf(text[i]) >= 0) i++;
            return i < text.Length && (text[i] == '\'' || text[i] == '"');
        }

        private PyObject ParsePrefixedString()
        {
            bool unicode = false, raw = false;
            while ("uUrRbB".IndexOf(text[pos]) >= 0)
            {
                char p = char.ToLowerInvariant(text[pos++]);
                if (p == 'u') unicode = true;
                if (p == 'r') raw = true;
            }
            return ParseString(unicode, raw);
        }

        private PyObject ParseString(bool unicode, bool raw)
        {
            char quote = text[pos];
            bool triple = pos + 2 < text.Length && text[pos + 1] == quote && text[pos + 2] == quote;
            pos += triple ? 3 : 1;
            var sb = new StringBuilder();
            while (true)
            {
                if (pos >= text.Length) throw Ops.MakeRaise(PyExceptionTypes.SyntaxError, PyStr.FromString("EOL while scanning string literal"));
                char ch = text[pos];
                if (ch == quote && (!triple || (pos + 2 < text.Length && text[pos + 1] == quote && text[pos + 2] == quote)))
                {
                    pos += triple ? 3 : 1;
                    break;
                }
                if (ch == '\\' && pos + 1 < text.Length)
                {
                    char e = text[pos + 1];
                    if (raw) { sb.Append(ch).Append(e); pos += 2; continue; }
                    pos += 2;
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case 'r': sb.Append('\r'); break;
                        case '0': sb.Append('\0'); break;
                        case '\\': sb.Append('\\'); break;
                        case '\'': sb.Append('\''); break;
                        case '"': sb.Append('"'); break;
                        case 'x':
                            sb.Append((char)int.Parse(text.Substring(pos, 2), NumberStyles.HexNumber));
                            pos += 2;
                            break;
                        default: sb.Append('\\').Append(e); break;
                    }
                    continue;
                }
                sb.Append(ch);
                pos++;
            }
            return unicode ? PyUnicode.FromString(sb.ToString()) : PyStr.FromString(sb.ToString());
        }

        private PyObject ParseNumber()
        {
            int start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '.' ||
                   ((text[pos] == '+' || text[pos] == '-') && (text[pos - 1] == 'e' || text[pos - 1] == 'E') && !text.Substring(start, pos - start).StartsWith("0x"))))
                pos++;
            string literal = text.Substring(start, pos - start);
            string lower = literal.ToLowerInvariant();
            if (lower.Contains('.') || (lower.Contains('e') && !lower.StartsWith("0x")))
                return new PyFloat(double.Parse(literal, CultureInfo.InvariantCulture));
            bool isLong = lower.EndsWith("l");
            if (isLong) lower = lower.Substring(0, lower.Length - 1);
            PyObject number;
            if (lower.StartsWith("0x")) number = Ops.Call(PyInt.TypeObject, PyStr.FromString(lower.Substring(2)), PyInt.From(16));
            else if (lower.StartsWith("0o")) number = Ops.Call(PyInt.TypeObject, PyStr.FromString(lower.Substring(2)), PyInt.From(8));
            else if (lower.StartsWith("0b")) number = Ops.Call(PyInt.TypeObject, PyStr.FromString(lower.Substring(2)), PyInt.From(2));
            else if (lower.Length > 1 && lower[0] == '0') number = Ops.Call(PyInt.TypeObject, PyStr.FromString(lower), PyInt.From(8));
            else number = Ops.Call(PyInt.TypeObject, PyStr.FromString(lower));
            return isLong ? Ops.Call(PyLong.TypeObject, number) : number;
        }

        private string ParseIdentifier()
        {
            SkipSpace();
            int start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '_')) pos++;
            if (start == pos) throw Syntax();
            return text.Substring(start, pos - start);
        }

        private PyObject LookUp(string name)
        {
            PyObject value = names.GetStr(name);
            if (value != null) return value;
            switch (name)
            {
                case "None": return PyNone.None;
                case "True": return PyBool.True;
                case "False": return PyBool.False;
            }
            PyObject builtin = Ops.GetAttrOrNull(Importer.ImportModule("__builtin__"), PyStr.Intern(name));
            if (builtin != null) return builtin;
            throw Ops.MakeRaise(PyExceptionTypes.NameError, PyStr.FromString("name '" + name + "' is not defined"));
        }
    }
}
