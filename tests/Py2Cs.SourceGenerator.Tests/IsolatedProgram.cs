using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Py2Cs.Cli.Building;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>
    /// Loads a compiled test project with its own copy of Py2Cs.Runtime in a collectible load context,
    /// so each test has fresh runtime state (sys.modules, the importer's registrations) and module
    /// names cannot leak between tests.
    /// </summary>
    public sealed class IsolatedProgram : IDisposable
    {
        private readonly Context _context;

        public Assembly Assembly { get; }

        private IsolatedProgram(byte[] image)
        {
            _context = new Context();
            Assembly = _context.LoadFromStream(new MemoryStream(image));
        }

        public static IsolatedProgram Load(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, GeneratorHarness.Errors(result.Diagnostics));
            return new IsolatedProgram(stream.ToArray());
        }

        /// <summary>Calls a public static method of the loaded project.</summary>
        public object Invoke(string typeName, string method, params object[] args)
        {
            var type = Assembly.GetType(typeName, throwOnError: true);
            try
            {
                return type.GetMethod(method, BindingFlags.Public | BindingFlags.Static).Invoke(null, args);
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        public void Dispose() => _context.Unload();

        private sealed class Context : AssemblyLoadContext
        {
            public Context() : base(isCollectible: true) { }

            protected override Assembly Load(AssemblyName name)
                => name.Name == "Py2Cs.Runtime" ? LoadFromAssemblyPath(RuntimeReferences.RuntimeAssemblyPath) : null;
        }
    }
}
