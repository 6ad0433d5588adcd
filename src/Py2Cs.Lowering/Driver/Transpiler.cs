using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SymbolKind = Py2Cs.Lowering.Semantics.SymbolKind;
using DiagnosticSeverity = Py2Cs.Syntax.Diagnostics.DiagnosticSeverity;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;
using Diagnostic = Py2Cs.Syntax.Diagnostics.Diagnostic;
using Py2Cs.Syntax.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>Python files in, C# syntax trees out: parse, analyze scopes, lower each module; and
    /// build <c>Program.Main</c> registering every module with the runtime's importer.</summary>
    public sealed class Transpiler
    {
        private readonly TranspilerOptions _options;
        private HashSet<string> _knownModules = new HashSet<string>();

        public Transpiler(TranspilerOptions options)
        {
            _options = options ?? new TranspilerOptions();
        }

        public TranspileResult Transpile(IReadOnlyList<PythonSourceFile> files, string mainModule)
        {
            var diagnostics = new List<Diagnostic>();
            var modules = new List<GeneratedModule>();
            _knownModules = new HashSet<string>(files.Select(f => f.ModuleName));
            foreach (var file in files)
            {
                var single = TranspileModule(file, _knownModules);
                diagnostics.AddRange(single.Diagnostics);
                if (single.Module != null) modules.Add(single.Module);
            }
            CompilationUnitSyntax entry = null;
            if (mainModule != null)
                entry = EntryPoint(modules, files, mainModule);
            return new TranspileResult(modules, diagnostics, entry);
        }

        /// <summary>Transpiles one module on its own; <paramref name="knownModules"/> are the dotted names of
        /// every module of the program (they decide Python 2's implicit relative imports). The source
        /// generator calls this per file, so an edit re-lowers only the edited module.</summary>
        public ModuleTranspileResult TranspileModule(PythonSourceFile file, ISet<string> knownModules)
        {
            var diagnostics = new List<Diagnostic>();
            var text = SourceText.FromBytes(file.Content, file.Path);
            if (text.EncodingError != null)
            {
                diagnostics.Add(text.EncodingError);
                return new ModuleTranspileResult(null, null, diagnostics, TranspileStage.Parsing);
            }
            ParseResult parsed;
            try
            {
                parsed = Parser.Parse(text);
            }
            catch (NotImplementedException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "the parser is not available yet", file.Path, default(TextSpan), 1, 1, "SyntaxError"));
                return new ModuleTranspileResult(null, null, diagnostics, TranspileStage.Parsing);
            }
            diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.HasErrors) return new ModuleTranspileResult(null, parsed.Module, diagnostics, TranspileStage.Parsing);

            var scopes = ScopeAnalyzer.Analyze(parsed.Module);
            var context = new ModuleContext(file, text, parsed.Module, scopes, _options, diagnostics) { KnownModules = knownModules ?? new HashSet<string>() };
            CompilationUnitSyntax unit;
            try
            {
                unit = ModuleLowering.Lower(context);
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                // A lowering bug must surface as a diagnostic, never as a crash of the tool.
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "internal error in py2cs lowering: " + e.GetType().Name + ": " + e.Message,
                    file.Path, default(TextSpan), 1, 1, "SystemError"));
                return new ModuleTranspileResult(null, parsed.Module, diagnostics, TranspileStage.Lowering);
            }
            return new ModuleTranspileResult(new GeneratedModule(file.ModuleName, file.Path, context.ClassName, unit), parsed.Module, diagnostics, TranspileStage.Lowering,
                context.DynamicDispatchSites());
        }

        /// <summary>Program.Main: register every module with the importer, then run the main one as __main__.</summary>
        private CompilationUnitSyntax EntryPoint(List<GeneratedModule> modules, IReadOnlyList<PythonSourceFile> files, string mainModule)
        {
            var statements = new List<StatementSyntax>();
            foreach (var module in modules)
            {
                var file = files.First(f => f.ModuleName == module.ModuleName);
                statements.Add(Stmt(Call("Importer.Register", StringLit(module.ModuleName),
                    Member(Member(Dotted(_options.RootNamespace), module.ClassName), ModuleLowering.ExecuteMethod),
                    file.IsPackageInit ? CSharpFactory.True : CSharpFactory.False, StringLit(module.SourcePath))));
            }
            var main = modules.FirstOrDefault(m => m.ModuleName == mainModule);
            if (main == null)
                statements.Add(ReturnStatement(IntLit(1)));
            else
                statements.Add(ReturnStatement(Call("PythonRuntime.Run", StringLit(main.SourcePath), Id("args"),
                    Member(Member(Dotted(_options.RootNamespace), main.ClassName), ModuleLowering.ExecuteMethod))));
            var mainMethod = MethodDeclaration(PredefinedType(Token(SyntaxKind.IntKeyword)), Identifier("Main"))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                .WithParameterList(ParameterList(SingletonSeparatedList(Param("args",
                    ArrayType(PredefinedType(Token(SyntaxKind.StringKeyword)), SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))))))))
                .WithBody(Block(statements));
            var program = ClassDeclaration("Program")
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                .WithMembers(SingletonList<MemberDeclarationSyntax>(mainMethod));
            var ns = NamespaceDeclaration((NameSyntax)ParseTypeNameSafe(_options.RootNamespace))
                .WithMembers(SingletonList<MemberDeclarationSyntax>(program));
            return CompilationUnit()
                .WithUsings(SingletonList(UsingDirective((NameSyntax)ParseTypeNameSafe("Py2Cs.Runtime"))))
                .WithMembers(SingletonList<MemberDeclarationSyntax>(ns))
                .NormalizeWhitespace();
        }
    }
}
