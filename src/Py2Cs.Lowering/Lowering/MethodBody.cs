using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Semantics;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering
{
    /// <summary>
    /// The C# method (or lambda) one Python code block is being lowered into: its scope, the locals it
    /// declares up front (so C# closures see Python's late binding), its temporaries and the local
    /// functions nested code needs.
    /// </summary>
    internal sealed class MethodBody
    {
        private readonly HashSet<string> _declared = new HashSet<string>();
        private readonly List<StatementSyntax> _declarations = new List<StatementSyntax>();
        private readonly List<StatementSyntax> _localFunctions = new List<StatementSyntax>();

        public MethodBody(Scope scope, MethodBody parent)
        {
            Scope = scope;
            Parent = parent;
        }

        /// <summary>The Python scope names resolve in; a class body swaps it while it runs inline.</summary>
        public Scope Scope { get; set; }
        public MethodBody Parent { get; }

        /// <summary>The name of the Python frame the method runs (a function's name, "&lt;module&gt;"...).</summary>
        public string FrameName { get; set; }

        /// <summary>The C# local holding the namespace dict while a class body is lowered, else null.</summary>
        public string ClassNamespace { get; set; }

        /// <summary>The C# name of the PyGenerator parameter of a generator's body lambda, else null.</summary>
        public string GeneratorVariable { get; set; }

        /// <summary>The generated C# type hoisted static methods go into (the module class, or the nested
        /// class of the Python class whose body is being lowered).</summary>
        public GeneratedType TargetType { get; set; }

        /// <summary>Flags that track "the loop was left by break" for loops with an else clause.</summary>
        public Stack<string> LoopBreakFlags { get; } = new Stack<string>();

        /// <summary>FinallyDepth when each enclosing loop started (break may leave a loop inside a finally, not the finally).</summary>
        public Stack<int> LoopFinallyDepths { get; } = new Stack<int>();

        /// <summary>Depth of finally blocks being lowered (C# forbids return inside them).</summary>
        public int FinallyDepth { get; set; }

        public IReadOnlyList<StatementSyntax> Declarations => _declarations;
        public IReadOnlyList<StatementSyntax> LocalFunctions => _localFunctions;

        public bool IsDeclared(string csharpName) => _declared.Contains(csharpName);

        /// <summary>Declares <c>PyObject name = null;</c> at the top of the method, once.</summary>
        public void DeclareLocal(string csharpName)
        {
            if (_declared.Add(csharpName))
                _declarations.Add(CSharpFactory.DeclareLocal(PyObjectType, csharpName, Null));
        }

        public void MarkDeclared(string csharpName) => _declared.Add(csharpName);

        public void AddDeclaration(string csharpName, StatementSyntax declaration)
        {
            if (_declared.Add(csharpName))
                _declarations.Add(declaration);
        }

        public void AddLocalFunction(StatementSyntax function) => _localFunctions.Add(function);
    }
}
