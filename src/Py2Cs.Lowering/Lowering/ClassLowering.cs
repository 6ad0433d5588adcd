using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering
{
    /// <summary>
    /// A class statement runs its body inline, in Python order, storing names into a fresh namespace
    /// dict; then the runtime builds the type (metaclass, bases, MRO) and the decorators apply. The
    /// bodies of its methods become static methods of a nested C# class named after the Python class.
    /// </summary>
    internal sealed class ClassLowering
    {
        private readonly ModuleContext _m;
        private readonly MethodBody _b;
        private readonly BodyLowering _owner;

        public ClassLowering(ModuleContext module, MethodBody body, BodyLowering owner)
        {
            _m = module;
            _b = body;
            _owner = owner;
        }

        public void LowerClass(ClassDef node, List<StatementSyntax> output)
        {
            var x = _owner.Expressions;
            var decorators = new List<string>();
            foreach (var d in node.DecoratorList)
            {
                string t = _m.NewTemp("deco");
                output.Add(DeclareLocal(PyObjectType, t, x.Lower(d)));
                decorators.Add(t);
            }
            string bases = _m.NewTemp("bases");
            output.Add(DeclareLocal(IdentifierName("PyTuple"), bases, node.Bases.Count == 0 ? (ExpressionSyntax)Dotted("PyTuple.Empty") : Call("PyTuple.Create", node.Bases.Select(x.Lower))));

            // The namespace is a method-level local: comprehensions in the body are closures that read it.
            string ns = _m.NewTemp("ns");
            _b.AddDeclaration(ns, DeclareLocal(IdentifierName("PyDict"), ns, Null));
            output.Add(AssignStmt(Id(ns), New("PyDict")));
            output.Add(Stmt(Invoke(Member(Id(ns), "SetStr"), _m.Name("__module__"), Call("Builtins.LoadGlobal", Id(RuntimeNames.Globals), _m.Name("__name__")))));

            var scope = _m.Scopes[node];
            var outerType = _b.TargetType;
            var moduleType = outerType;
            string typeName = _m.ModuleMembers.Unique(IdentifierNames.Escape(node.Name));
            var type = new GeneratedType(typeName, new MemberScope(typeName)) { Qualifier = typeName };

            var savedScope = _b.Scope;
            var savedNs = _b.ClassNamespace;
            var savedFrame = _b.FrameName;
            _b.Scope = scope;
            _b.ClassNamespace = ns;
            _b.TargetType = type;
            _b.FrameName = node.Name;
            int start = 0;
            if (node.Body.Count > 0 && node.Body[0] is ExprStmt es && es.Value is StrLiteral doc)
            {
                output.Add(Stmt(Invoke(Member(Id(ns), "SetStr"), _m.Name("__doc__"), x.Lower(doc))));
                start = 1;
            }
            var body = new List<StatementSyntax>();
            for (int i = start; i < node.Body.Count; i++)
                _owner.Statements.LowerInto(node.Body[i], body);
            _b.Scope = savedScope;
            _b.ClassNamespace = savedNs;
            _b.TargetType = outerType;
            _b.FrameName = savedFrame;
            if (body.Count > 0 && _m.Options.EmitLineDirectives)
            {
                // The body runs in a local function named after the class: CPython runs it as a frame of
                // its own, which tracebacks and sys._getframe show (File "x.py", line 3, in C).
                string bodyName = _m.NewTemp("class");
                _b.MarkDeclared(bodyName);
                output.Add(LocalFunctionStatement(PredefinedType(Token(SyntaxKind.VoidKeyword)), Identifier(bodyName))
                    .WithAttributeLists(SingletonList(PythonFunctionAttribute(node.Name)))
                    .WithBody(Block(body)));
                output.Add(Stmt(Invoke(Id(bodyName))));
            }
            else
                output.AddRange(body);

            if (type.Declarations.Count > 0)
            {
                var cls = ClassDeclaration(typeName)
                    .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                    .WithMembers(List(type.Declarations));
                _m.Members.Add(cls);
            }

            ExpressionSyntax made = Call("PyType.MakeClass", StringLit(node.Name), Id(bases), Id(ns),
                Invoke(Member(Id(RuntimeNames.Globals), "GetStr"), _m.Name("__metaclass__")));
            for (int i = decorators.Count - 1; i >= 0; i--)
                made = Invoke(Member(Id(decorators[i]), "Call"), made);
            output.Add(_owner.Targets.StoreName(node.Name, made));
        }
    }
}
