using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Py2Cs.Lowering
{
    /// <summary>Short forms of the SyntaxFactory calls the lowering uses over and over.</summary>
    internal static class CSharpFactory
    {
        public static readonly TypeSyntax PyObjectType = IdentifierName("PyObject");

        public static IdentifierNameSyntax Id(string name) => IdentifierName(name);

        public static ExpressionSyntax Dotted(string dotted)
        {
            var parts = dotted.Split('.');
            ExpressionSyntax e = IdentifierName(parts[0]);
            for (int i = 1; i < parts.Length; i++)
                e = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, e, IdentifierName(parts[i]));
            return e;
        }

        /// <summary><c>target.name</c>; a target that is not a primary expression (<c>x ?? throw ...</c>,
        /// a cast, a conditional) is parenthesized, or the printed C# would parse as <c>x ?? (throw ...).name</c>.</summary>
        public static MemberAccessExpressionSyntax Member(ExpressionSyntax target, string name)
            => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, NeedsParentheses(target) ? Paren(target) : target, IdentifierName(name));

        private static bool NeedsParentheses(ExpressionSyntax e)
            => e is BinaryExpressionSyntax || e is ConditionalExpressionSyntax || e is AssignmentExpressionSyntax
               || e is CastExpressionSyntax || e is PrefixUnaryExpressionSyntax || e is ThrowExpressionSyntax
               || e is AwaitExpressionSyntax || e is LambdaExpressionSyntax;

        public static InvocationExpressionSyntax Invoke(ExpressionSyntax target, params ExpressionSyntax[] args)
            => InvocationExpression(target, ArgumentList(SeparatedList(args.Select(Argument))));

        public static InvocationExpressionSyntax Invoke(ExpressionSyntax target, IEnumerable<ExpressionSyntax> args)
            => InvocationExpression(target, ArgumentList(SeparatedList(args.Select(Argument))));

        /// <summary><c>Class.Method(args)</c> for a runtime entry point given as "Ops.Add".</summary>
        public static InvocationExpressionSyntax Call(string dottedMethod, params ExpressionSyntax[] args)
            => Invoke(Dotted(dottedMethod), args);

        public static InvocationExpressionSyntax Call(string dottedMethod, IEnumerable<ExpressionSyntax> args)
            => Invoke(Dotted(dottedMethod), args);

        public static LiteralExpressionSyntax StringLit(string value)
            => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

        /// <summary><c>[PythonFunction("name")]</c>: the runtime names tracebacks' frames from it.</summary>
        public static AttributeListSyntax PythonFunctionAttribute(string pythonName) =>
            AttributeList(SingletonSeparatedList(Attribute(IdentifierName("PythonFunction"),
                AttributeArgumentList(SingletonSeparatedList(AttributeArgument(StringLit(pythonName)))))));

        public static LiteralExpressionSyntax IntLit(int value)
            => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

        public static LiteralExpressionSyntax LongLit(long value)
            => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

        public static ExpressionSyntax DoubleLit(double value)
        {
            var doubleType = PredefinedType(Token(SyntaxKind.DoubleKeyword));
            if (double.IsPositiveInfinity(value)) return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, doubleType, IdentifierName("PositiveInfinity"));
            if (double.IsNegativeInfinity(value)) return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, doubleType, IdentifierName("NegativeInfinity"));
            if (double.IsNaN(value)) return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, doubleType, IdentifierName("NaN"));
            var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            if (text.IndexOfAny(new[] { '.', 'E', 'e' }) < 0) text += ".0";
            if (value == 0 && 1 / value < 0)
                return PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal("0.0", 0.0)));
            if (value < 0)
                return PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(text.Substring(1), -value)));
            return LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(text, value));
        }

        public static LiteralExpressionSyntax Null => LiteralExpression(SyntaxKind.NullLiteralExpression);
        public static LiteralExpressionSyntax True => LiteralExpression(SyntaxKind.TrueLiteralExpression);
        public static LiteralExpressionSyntax False => LiteralExpression(SyntaxKind.FalseLiteralExpression);

        public static ExpressionSyntax Assign(ExpressionSyntax left, ExpressionSyntax right)
            => AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, left, right);

        public static StatementSyntax AssignStmt(ExpressionSyntax left, ExpressionSyntax right)
            => ExpressionStatement(Assign(left, right));

        public static StatementSyntax Stmt(ExpressionSyntax e) => ExpressionStatement(e);

        public static ExpressionSyntax Paren(ExpressionSyntax e) => ParenthesizedExpression(e);

        public static ExpressionSyntax Not(ExpressionSyntax e)
            => PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, e is IdentifierNameSyntax || e is InvocationExpressionSyntax || e is MemberAccessExpressionSyntax ? e : Paren(e));

        public static ExpressionSyntax Conditional(ExpressionSyntax test, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse)
            => Paren(ConditionalExpression(test, whenTrue, whenFalse));

        public static ExpressionSyntax NotNull(ExpressionSyntax e)
            => BinaryExpression(SyntaxKind.NotEqualsExpression, e, Null);

        public static ExpressionSyntax IsNull(ExpressionSyntax e)
            => BinaryExpression(SyntaxKind.EqualsExpression, e, Null);

        public static ArrayCreationExpressionSyntax NewArray(TypeSyntax elementType, IEnumerable<ExpressionSyntax> items)
            => ArrayCreationExpression(
                ArrayType(elementType, SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))),
                InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(items)));

        public static ObjectCreationExpressionSyntax New(string type, params ExpressionSyntax[] args)
            => ObjectCreationExpression(ParseTypeNameSafe(type), ArgumentList(SeparatedList(args.Select(Argument))), null);

        /// <summary>A type name built from identifiers (never parsed from text).</summary>
        public static TypeSyntax ParseTypeNameSafe(string dotted)
        {
            var parts = dotted.Split('.');
            NameSyntax n = IdentifierName(parts[0]);
            for (int i = 1; i < parts.Length; i++)
                n = QualifiedName(n, IdentifierName(parts[i]));
            return n;
        }

        public static TypeSyntax Generic(string name, params TypeSyntax[] args)
            => GenericName(Identifier(name), TypeArgumentList(SeparatedList(args)));

        public static LocalDeclarationStatementSyntax DeclareLocal(TypeSyntax type, string name, ExpressionSyntax init)
            => LocalDeclarationStatement(VariableDeclaration(type, SingletonSeparatedList(
                VariableDeclarator(Identifier(name)).WithInitializer(init == null ? null : EqualsValueClause(init)))));

        public static LocalDeclarationStatementSyntax DeclareVar(string name, ExpressionSyntax init)
            => DeclareLocal(IdentifierName("var"), name, init);

        public static ParameterSyntax Param(string name, TypeSyntax type) => Parameter(Identifier(name)).WithType(type);

        public static ThrowStatementSyntax Throw(ExpressionSyntax e) => ThrowStatement(e);
    }
}
