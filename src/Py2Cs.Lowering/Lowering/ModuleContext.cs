using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Microsoft.CodeAnalysis;
using SymbolKind = Py2Cs.Lowering.Semantics.SymbolKind;
using DiagnosticSeverity = Py2Cs.Syntax.Diagnostics.DiagnosticSeverity;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Driver;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;
using Diagnostic = Py2Cs.Syntax.Diagnostics.Diagnostic;
using Py2Cs.Syntax.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering
{
    /// <summary>Everything shared while one module is lowered: constants hoisted into static readonly
    /// fields, interned names, the members of the generated class, diagnostics and source positions.</summary>
    internal sealed class ModuleContext
    {
        private readonly Dictionary<string, string> _constants = new Dictionary<string, string>();
        private readonly Dictionary<string, string> _names = new Dictionary<string, string>();
        private readonly List<MemberDeclarationSyntax> _constantFields = new List<MemberDeclarationSyntax>();
        private readonly List<MemberDeclarationSyntax> _nameFields = new List<MemberDeclarationSyntax>();
        private readonly HashSet<string> _fieldNames = new HashSet<string>();
        private int _tempCounter;
        private int _commentCursor;

        public ModuleContext(PythonSourceFile file, SourceText text, Module module, ScopeTable scopes, TranspilerOptions options, List<Diagnostic> diagnostics)
        {
            File = file;
            Text = text;
            Module = module;
            Scopes = scopes;
            Options = options;
            Diagnostics = diagnostics;
            ClassName = IdentifierNames.ModuleClass(file.ModuleName);
            ModuleMembers = new MemberScope(ClassName);
            foreach (var pair in DirectCallAnalyzer.Analyze(module, scopes))
                DirectCalls[pair.Value] = ModuleMembers.Unique(IdentifierNames.Escape(pair.Key));
            foreach (var pair in DirectCalls)
            {
                DirectCallsByName[pair.Key.Name] = pair.Key;
                DirectCallEntries[pair.Key] = ModuleMembers.Unique(pair.Value + "_direct");
            }
            StaticReceivers = DirectCallAnalyzer.StaticReceivers(module, scopes);
        }

        /// <summary>Dotted names known at transpile time to be a module the module imports or a class it
        /// defines (bound once, at the top level): attributes of these are not dynamic-dispatch sites.</summary>
        public ISet<string> StaticReceivers { get; }

        private readonly List<Diagnostic> _dynamicDispatch = new List<Diagnostic>();

        /// <summary>Records a place where the C# dispatches at run time what the lowering could not bind
        /// (docs/lowering.md, "Dynamic dispatch"). Recording never changes the generated code.</summary>
        public void DynamicDispatch(Node node, string message)
        {
            var p = Text.GetLinePosition(node.Span.Start);
            _dynamicDispatch.Add(new Diagnostic(DiagnosticSeverity.Warning, "dynamic dispatch: " + message, File.Path, node.Span, p.Line, p.Column, "DynamicDispatch"));
        }

        /// <summary>The recorded sites in source order, each once (an expression may be lowered twice).</summary>
        public IReadOnlyList<Diagnostic> DynamicDispatchSites()
        {
            var seen = new HashSet<(int, int, string)>();
            var result = new List<Diagnostic>();
            foreach (var d in _dynamicDispatch)
                if (seen.Add((d.Span.Start, d.Span.Length, d.Message))) result.Add(d);
            result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Message, b.Message));
            return result;
        }

        /// <summary>Module-level functions calls may reach directly, with their C# method names.</summary>
        public Dictionary<FunctionDef, string> DirectCalls { get; } = new Dictionary<FunctionDef, string>();
        public Dictionary<string, FunctionDef> DirectCallsByName { get; } = new Dictionary<string, FunctionDef>();

        /// <summary>The method direct calls go through: it keeps Python's recursion limit
        /// (RecursionGuard) around the body, as a call through the PyFunction does.</summary>
        public Dictionary<FunctionDef, string> DirectCallEntries { get; } = new Dictionary<FunctionDef, string>();

        /// <summary>Every module transpiled with this one (for Python 2's implicit relative imports).</summary>
        public ISet<string> KnownModules { get; set; } = new HashSet<string>();

        /// <summary>The package relative imports resolve in: the module itself for a package's __init__.</summary>
        public string Package
        {
            get
            {
                if (File.IsPackageInit) return File.ModuleName;
                int dot = File.ModuleName.LastIndexOf('.');
                return dot < 0 ? null : File.ModuleName.Substring(0, dot);
            }
        }

        /// <summary>Python 2 tries "package.name" before "name" unless absolute_import is on; the
        /// transpiler knows which modules exist, so it resolves that choice statically.</summary>
        public string ResolveImplicitRelative(string dotted)
        {
            if ((Module.FutureFlags & FutureFlags.AbsoluteImport) != 0 || Package == null) return dotted;
            string first = dotted.Split('.')[0];
            return KnownModules.Contains(Package + "." + first) ? Package + "." + dotted : dotted;
        }

        public PythonSourceFile File { get; }
        public SourceText Text { get; }
        public Module Module { get; }
        public ScopeTable Scopes { get; }
        public TranspilerOptions Options { get; }
        public List<Diagnostic> Diagnostics { get; }
        public string ClassName { get; }

        /// <summary>Members (static methods, nested classes) of the generated module class.</summary>
        public MemberScope ModuleMembers { get; }

        public bool TrueDivision => (Module.FutureFlags & FutureFlags.Division) != 0;
        public bool UnicodeLiterals => (Module.FutureFlags & FutureFlags.UnicodeLiterals) != 0;

        public IEnumerable<MemberDeclarationSyntax> Fields
        {
            get
            {
                foreach (var f in _nameFields) yield return f;
                foreach (var f in _constantFields) yield return f;
            }
        }

        public string NewTemp(string hint = "t") => "__" + hint + (++_tempCounter).ToString(CultureInfo.InvariantCulture);

        public int LineOf(Node node) => Text.GetLinePosition(node.Span.Start).Line;

        /// <summary>The line CPython's frame shows once evaluation has gone through <paramref name="nodes"/>,
        /// starting at <paramref name="start"/> (see <see cref="ReachedLine"/>).</summary>
        public int Reached(int start, params Node[] nodes) => ReachedLine.Of(Text, start, nodes);

        /// <summary>The statement preceded by <c>#line <paramref name="line"/> "file.py"</c> (when directives are on).</summary>
        public StatementSyntax AtLine(StatementSyntax statement, int line)
        {
            if (!Options.EmitLineDirectives) return statement;
            return statement.WithLeadingTrivia(statement.GetLeadingTrivia().InsertRange(0, new[] {
                SyntaxFactory.ElasticCarriageReturnLineFeed,
                SyntaxFactory.Trivia(SyntaxFactory.LineDirectiveTrivia(
                    SyntaxFactory.Literal(line), SyntaxFactory.Literal(File.Path), true)) }));
        }

        public void Error(Node node, string message)
        {
            var p = Text.GetLinePosition(node.Span.Start);
            Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, message, File.Path, node.Span, p.Line, p.Column, "SyntaxError"));
        }

        /// <summary>Comments that start before <paramref name="offset"/> and were not emitted yet.</summary>
        public List<string> TakeCommentsBefore(int offset)
        {
            var result = new List<string>();
            var comments = Module.Comments;
            while (_commentCursor < comments.Count && comments[_commentCursor].Span.Start < offset)
                result.Add(comments[_commentCursor++].Text);
            return result;
        }

        /// <summary>An interned attribute or variable name: <c>static readonly PyStr __n_append = PyStr.Intern("append")</c>.</summary>
        public ExpressionSyntax Name(string pythonName)
        {
            if (!_names.TryGetValue(pythonName, out var field))
            {
                field = UniqueField("__n_" + IdentifierNames.Sanitize(pythonName));
                _names.Add(pythonName, field);
                _nameFields.Add(StaticField(IdentifierName("PyStr"), field, Call("PyStr.Intern", StringLit(pythonName))));
            }
            return IdentifierName(field);
        }

        public ExpressionSyntax Int(long value)
            => Constant("i:" + value.ToString(CultureInfo.InvariantCulture), value < 0 ? "__int_minus" : "__int_" + value.ToString(CultureInfo.InvariantCulture),
                () => Call("PyInt.From", LongLit(value)));

        public ExpressionSyntax Long(BigInteger value)
            => Constant("l:" + value.ToString(CultureInfo.InvariantCulture), "__long",
                () => New("PyLong", Call("System.Numerics.BigInteger.Parse", StringLit(value.ToString(CultureInfo.InvariantCulture)), Dotted("System.Globalization.CultureInfo.InvariantCulture"))));

        public ExpressionSyntax Float(double value)
            => Constant("f:" + System.BitConverter.DoubleToInt64Bits(value).ToString(CultureInfo.InvariantCulture), "__float",
                () => New("PyFloat", DoubleLit(value)));

        public ExpressionSyntax Imaginary(double value)
            => Constant("j:" + System.BitConverter.DoubleToInt64Bits(value).ToString(CultureInfo.InvariantCulture), "__imag",
                () => New("PyComplex", DoubleLit(0.0), DoubleLit(value)));

        public ExpressionSyntax Str(string value)
            => Constant("s:" + value, "__str" + ReadableSuffix(value), () => Call("PyStr.FromString", StringLit(value)));

        public ExpressionSyntax Unicode(string value)
            => Constant("u:" + value, "__unicode" + ReadableSuffix(value), () => Call("PyUnicode.FromString", StringLit(value)));

        /// <summary>A static readonly field of any type (function signatures and the like), initialized once.</summary>
        public ExpressionSyntax StaticField(string hint, TypeSyntax type, ExpressionSyntax init)
        {
            string field = UniqueField(hint);
            _constantFields.Add(StaticField(type, field, init));
            return IdentifierName(field);
        }

        /// <summary>Static methods and nested classes of the module class, in the order they were made.</summary>
        public List<MemberDeclarationSyntax> Members { get; } = new List<MemberDeclarationSyntax>();

        /// <summary>"_hello" for a short word-like string, so the field name tells what it holds.</summary>
        private static string ReadableSuffix(string value)
        {
            if (value.Length == 0) return "_empty";
            if (value.Length > 24) return "";
            foreach (char c in value)
                if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == ' '))) return "";
            return "_" + value.Replace(' ', '_');
        }

        private ExpressionSyntax Constant(string key, string hint, System.Func<ExpressionSyntax> create)
        {
            if (!_constants.TryGetValue(key, out var field))
            {
                field = UniqueField(hint);
                _constants.Add(key, field);
                _constantFields.Add(StaticField(PyObjectType, field, create()));
            }
            return IdentifierName(field);
        }

        private string UniqueField(string baseName)
        {
            string name = baseName;
            for (int i = 2; !_fieldNames.Add(name) || !ModuleMembers.Reserve(name); i++)
                name = baseName + "_" + i.ToString(CultureInfo.InvariantCulture);
            return name;
        }

        private static FieldDeclarationSyntax StaticField(TypeSyntax type, string name, ExpressionSyntax init)
            => FieldDeclaration(VariableDeclaration(type, SingletonSeparatedList(
                    VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(init)))))
                .WithModifiers(TokenList(Token(SyntaxKind.InternalKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));
    }
}
