using System.Collections.Generic;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>Lists every import statement of a module, wherever it is (functions, try blocks...).</summary>
    internal sealed class ImportCollector : PythonSyntaxWalker
    {
        internal sealed class Request
        {
            public string Module;
            public int Level;
            public List<string> FromNames;
            public TextSpan Span;
        }

        private readonly List<Request> _requests = new List<Request>();

        public static List<Request> Collect(Module module)
        {
            var collector = new ImportCollector();
            collector.Visit(module);
            return collector._requests;
        }

        public override object VisitImport(Import node)
        {
            foreach (var alias in node.Names)
                _requests.Add(new Request { Module = alias.Name, Span = alias.Span });
            return null;
        }

        public override object VisitImportFrom(ImportFrom node)
        {
            if (node.Module == "__future__") return null;
            var names = new List<string>();
            foreach (var alias in node.Names) names.Add(alias.Name);
            _requests.Add(new Request { Module = node.Module, Level = node.Level, FromNames = names, Span = node.Span });
            return null;
        }
    }
}
