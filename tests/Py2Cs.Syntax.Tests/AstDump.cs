using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Py2Cs.Syntax;

namespace Py2Cs.Syntax.Tests
{
    /// <summary>
    /// Writes a tree exactly as CPython 2.7's <c>ast.dump(tree)</c> does (field names, reprs of values), so our
    /// trees can be compared with CPython's own for the same source.
    /// </summary>
    public static class AstDump
    {
        public static string Dump(Node node)
        {
            var sb = new StringBuilder();
            Write(sb, node);
            return sb.ToString();
        }

        private static void Write(StringBuilder sb, object value)
        {
            switch (value)
            {
                case null: sb.Append("None"); return;
                case string s: sb.Append(ByteRepr(s)); return;
                case bool b: sb.Append(b ? "True" : "False"); return;
                case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); return;
                case ExprContext c: sb.Append(c).Append("()"); return;
                case BoolOperator o: sb.Append(o).Append("()"); return;
                case BinaryOperator o: sb.Append(o).Append("()"); return;
                case UnaryOperator o: sb.Append(o).Append("()"); return;
                case CompareOperator o: sb.Append(o).Append("()"); return;
                case NumLiteral n: sb.Append("Num(n=").Append(NumRepr(n)).Append(')'); return;
                case StrLiteral s: sb.Append("Str(s=").Append(s.IsUnicode ? UnicodeRepr(s.Value) : ByteRepr(s.Value)).Append(')'); return;
                case Node node: WriteNode(sb, node); return;
                case System.Collections.IEnumerable list:
                    sb.Append('[');
                    bool first = true;
                    foreach (object item in list)
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        Write(sb, item);
                    }
                    sb.Append(']');
                    return;
                default: throw new ArgumentException(value.GetType().Name);
            }
        }

        private static void WriteNode(StringBuilder sb, Node node)
        {
            (string name, (string, object)[] fields) = Describe(node);
            sb.Append(name).Append('(');
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(fields[i].Item1).Append('=');
                Write(sb, fields[i].Item2);
            }
            sb.Append(')');
        }

        private static (string, (string, object)[]) Describe(Node node)
        {
            switch (node)
            {
                case Module n: return ("Module", new[] { ("body", (object)n.Body) });
                case FunctionDef n: return ("FunctionDef", new[] { ("name", (object)n.Name), ("args", n.Args), ("body", n.Body), ("decorator_list", n.DecoratorList) });
                case ClassDef n: return ("ClassDef", new[] { ("name", (object)n.Name), ("bases", n.Bases), ("body", n.Body), ("decorator_list", n.DecoratorList) });
                case Return n: return ("Return", new[] { ("value", (object)n.Value) });
                case Delete n: return ("Delete", new[] { ("targets", (object)n.Targets) });
                case Assign n: return ("Assign", new[] { ("targets", (object)n.Targets), ("value", n.Value) });
                case AugAssign n: return ("AugAssign", new[] { ("target", (object)n.Target), ("op", n.Op), ("value", n.Value) });
                case Print n: return ("Print", new[] { ("dest", (object)n.Dest), ("values", n.Values), ("nl", n.Nl) });
                case For n: return ("For", new[] { ("target", (object)n.Target), ("iter", n.Iter), ("body", n.Body), ("orelse", n.Orelse) });
                case While n: return ("While", new[] { ("test", (object)n.Test), ("body", n.Body), ("orelse", n.Orelse) });
                case If n: return ("If", new[] { ("test", (object)n.Test), ("body", n.Body), ("orelse", n.Orelse) });
                case With n: return ("With", new[] { ("context_expr", (object)n.ContextExpr), ("optional_vars", n.OptionalVars), ("body", n.Body) });
                case Raise n: return ("Raise", new[] { ("type", (object)n.Type), ("inst", n.Inst), ("tback", n.Tback) });
                case TryExcept n: return ("TryExcept", new[] { ("body", (object)n.Body), ("handlers", n.Handlers), ("orelse", n.Orelse) });
                case TryFinally n: return ("TryFinally", new[] { ("body", (object)n.Body), ("finalbody", n.Finalbody) });
                case AssertStmt n: return ("Assert", new[] { ("test", (object)n.Test), ("msg", n.Msg) });
                case Import n: return ("Import", new[] { ("names", (object)n.Names) });
                case ImportFrom n: return ("ImportFrom", new[] { ("module", (object)n.Module), ("names", n.Names), ("level", n.Level) });
                case Exec n: return ("Exec", new[] { ("body", (object)n.Body), ("globals", n.Globals), ("locals", n.Locals) });
                case Global n: return ("Global", new[] { ("names", (object)n.Names) });
                case ExprStmt n: return ("Expr", new[] { ("value", (object)n.Value) });
                case Pass _: return ("Pass", Array.Empty<(string, object)>());
                case Break _: return ("Break", Array.Empty<(string, object)>());
                case Continue _: return ("Continue", Array.Empty<(string, object)>());
                case BoolOp n: return ("BoolOp", new[] { ("op", (object)n.Op), ("values", n.Values) });
                case BinOp n: return ("BinOp", new[] { ("left", (object)n.Left), ("op", n.Op), ("right", n.Right) });
                case UnaryOp n: return ("UnaryOp", new[] { ("op", (object)n.Op), ("operand", n.Operand) });
                case Lambda n: return ("Lambda", new[] { ("args", (object)n.Args), ("body", n.Body) });
                case IfExp n: return ("IfExp", new[] { ("test", (object)n.Test), ("body", n.Body), ("orelse", n.Orelse) });
                case Dict n: return ("Dict", new[] { ("keys", (object)n.Keys), ("values", n.Values) });
                case Set n: return ("Set", new[] { ("elts", (object)n.Elts) });
                case ListComp n: return ("ListComp", new[] { ("elt", (object)n.Elt), ("generators", n.Generators) });
                case SetComp n: return ("SetComp", new[] { ("elt", (object)n.Elt), ("generators", n.Generators) });
                case DictComp n: return ("DictComp", new[] { ("key", (object)n.Key), ("value", n.Value), ("generators", n.Generators) });
                case GeneratorExp n: return ("GeneratorExp", new[] { ("elt", (object)n.Elt), ("generators", n.Generators) });
                case Yield n: return ("Yield", new[] { ("value", (object)n.Value) });
                case Compare n: return ("Compare", new[] { ("left", (object)n.Left), ("ops", n.Ops), ("comparators", n.Comparators) });
                case Call n: return ("Call", new[] { ("func", (object)n.Func), ("args", n.Args), ("keywords", n.Keywords), ("starargs", n.Starargs), ("kwargs", n.Kwargs) });
                case Repr n: return ("Repr", new[] { ("value", (object)n.Value) });
                case AttributeExpr n: return ("Attribute", new[] { ("value", (object)n.Value), ("attr", n.Attr), ("ctx", n.Ctx) });
                case Subscript n: return ("Subscript", new[] { ("value", (object)n.Value), ("slice", n.Slice), ("ctx", n.Ctx) });
                case Name n: return ("Name", new[] { ("id", (object)n.Id), ("ctx", n.Ctx) });
                case List n: return ("List", new[] { ("elts", (object)n.Elts), ("ctx", n.Ctx) });
                case TupleExpr n: return ("Tuple", new[] { ("elts", (object)n.Elts), ("ctx", n.Ctx) });
                case Ellipsis _: return ("Ellipsis", Array.Empty<(string, object)>());
                case Slice n: return ("Slice", new[] { ("lower", (object)n.Lower), ("upper", n.Upper), ("step", n.Step) });
                case ExtSlice n: return ("ExtSlice", new[] { ("dims", (object)n.Dims) });
                case Index n: return ("Index", new[] { ("value", (object)n.Value) });
                case Comprehension n: return ("comprehension", new[] { ("target", (object)n.Target), ("iter", n.Iter), ("ifs", n.Ifs) });
                case ExceptHandler n: return ("ExceptHandler", new[] { ("type", (object)n.Type), ("name", n.Name), ("body", n.Body) });
                case Arguments n: return ("arguments", new[] { ("args", (object)n.Args), ("vararg", n.Vararg), ("kwarg", n.Kwarg), ("defaults", n.Defaults) });
                case Keyword n: return ("keyword", new[] { ("arg", (object)n.Arg), ("value", n.Value) });
                case Alias n: return ("alias", new[] { ("name", (object)n.Name), ("asname", n.Asname) });
                default: throw new ArgumentException(node.GetType().Name);
            }
        }

        private static string NumRepr(NumLiteral n)
        {
            switch (n.Kind)
            {
                case NumKind.Int: return n.IntValue.ToString(CultureInfo.InvariantCulture);
                case NumKind.Long: return n.LongValue.ToString(CultureInfo.InvariantCulture) + "L";
                case NumKind.Float: return FloatRepr(n.FloatValue, true);
                default: return FloatRepr(n.FloatValue, false) + "j";
            }
        }

        /// <summary>Python 2.7's repr(float): shortest round-trip digits, exponent form when decpt &lt;= -4 or &gt; 16.</summary>
        public static string FloatRepr(double value, bool addDotZero)
        {
            if (double.IsNaN(value)) return "nan";
            if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
            string r = value.ToString("E16", CultureInfo.InvariantCulture);
            // Shortest round-trip digits from "R", normalised to digits + decimal exponent.
            string shortest = value.ToString("R", CultureInfo.InvariantCulture);
            bool negative = shortest.StartsWith("-", StringComparison.Ordinal);
            if (negative) shortest = shortest.Substring(1);
            int exponent = 0;
            int e = shortest.IndexOfAny(new[] { 'E', 'e' });
            if (e >= 0)
            {
                exponent = int.Parse(shortest.Substring(e + 1), CultureInfo.InvariantCulture);
                shortest = shortest.Substring(0, e);
            }
            int dot = shortest.IndexOf('.');
            string digits = dot >= 0 ? shortest.Remove(dot, 1) : shortest;
            int decpt = (dot >= 0 ? dot : shortest.Length) + exponent;
            int leading = 0;
            while (leading < digits.Length - 1 && digits[leading] == '0') { leading++; decpt--; }
            digits = digits.Substring(leading).TrimEnd('0');
            if (digits.Length == 0) { digits = "0"; decpt = 1; }
            var sb = new StringBuilder();
            if (negative) sb.Append('-');
            if (decpt <= -4 || decpt > 16)
            {
                sb.Append(digits[0]);
                if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
                int exp = decpt - 1;
                sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
            }
            else if (decpt <= 0)
            {
                sb.Append("0.").Append('0', -decpt).Append(digits);
            }
            else if (decpt >= digits.Length)
            {
                sb.Append(digits).Append('0', decpt - digits.Length);
                if (addDotZero) sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            }
            _ = r;
            return sb.ToString();
        }

        private static string ByteRepr(string s)
        {
            char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
            var sb = new StringBuilder().Append(quote);
            foreach (char c in s)
            {
                if (c == quote || c == '\\') sb.Append('\\').Append(c);
                else if (c == '\t') sb.Append("\\t");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c < 0x20 || c >= 0x7F) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.Append(quote).ToString();
        }

        private static string UnicodeRepr(string s)
        {
            char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
            var sb = new StringBuilder("u").Append(quote);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == quote || c == '\\') sb.Append('\\').Append(c);
                else if (c == '\t') sb.Append("\\t");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c < 0x20 || (c >= 0x7F && c < 0x100)) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    sb.Append("\\U").Append(char.ConvertToUtf32(c, s[i + 1]).ToString("x8", CultureInfo.InvariantCulture));
                    i++;
                }
                else if (c >= 0x100) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.Append(quote).ToString();
        }
    }
}
