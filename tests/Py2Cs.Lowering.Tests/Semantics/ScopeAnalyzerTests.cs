using System.Linq;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Text;
using Xunit;

namespace Py2Cs.Lowering.Tests.Semantics
{
    /// <summary>Each example is a Python snippet and the kinds CPython 2.7's symtable gives its names.</summary>
    public class ScopeAnalyzerTests
    {
        private static ScopeTable Analyze(string source)
        {
            var parsed = Parser.Parse(SourceText.From(source, "test.py"));
            Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
            return ScopeAnalyzer.Analyze(parsed.Module);
        }

        private static Scope Find(Scope scope, string name)
        {
            if (scope.Name == name) return scope;
            foreach (var child in scope.Children)
            {
                var found = Find(child, name);
                if (found != null) return found;
            }
            return null;
        }

        private static SymbolKind KindOf(ScopeTable table, string scopeName, string name)
            => Find(table.Module, scopeName).Lookup(name).Kind;

        [Fact]
        public void Function_locals_parameters_and_implicit_globals()
        {
            var t = Analyze("def f(a):\n    b = a + c\n    return b\n");
            Assert.Equal(SymbolKind.Local, KindOf(t, "f", "a"));
            Assert.Equal(SymbolKind.Local, KindOf(t, "f", "b"));
            Assert.Equal(SymbolKind.GlobalImplicit, KindOf(t, "f", "c"));
            Assert.True(Find(t.Module, "f").Lookup("a").IsParameter);
        }

        [Fact]
        public void Closure_makes_cell_in_the_definer_and_free_in_the_user()
        {
            var t = Analyze("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
            Assert.Equal(SymbolKind.Cell, KindOf(t, "outer", "x"));
            Assert.Equal(SymbolKind.Free, KindOf(t, "inner", "x"));
            Assert.True(Find(t.Module, "inner").HasFreeVariables);
            Assert.False(Find(t.Module, "outer").HasFreeVariables);
        }

        [Fact]
        public void Global_statement_makes_an_assignment_global()
        {
            var t = Analyze("n = 0\ndef bump():\n    global n\n    n += 1\n");
            Assert.Equal(SymbolKind.GlobalExplicit, KindOf(t, "bump", "n"));
            Assert.Equal(SymbolKind.Name, KindOf(t, "<module>", "n"));
        }

        [Fact]
        public void Methods_do_not_see_class_scope_names()
        {
            var t = Analyze("class C:\n    size = 3\n    def m(self):\n        return size\n");
            Assert.Equal(SymbolKind.Name, KindOf(t, "C", "size"));
            Assert.Equal(SymbolKind.GlobalImplicit, KindOf(t, "m", "size"));
        }

        [Fact]
        public void Class_body_sees_enclosing_function_variables_as_free()
        {
            var t = Analyze("def f():\n    v = 1\n    class C:\n        w = v\n    return C\n");
            Assert.Equal(SymbolKind.Free, KindOf(t, "C", "v"));
            Assert.Equal(SymbolKind.Cell, KindOf(t, "f", "v"));
        }

        [Fact]
        public void Free_variables_pass_through_intermediate_functions()
        {
            var t = Analyze("def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n");
            Assert.Equal(SymbolKind.Cell, KindOf(t, "a", "x"));
            Assert.Equal(SymbolKind.Free, KindOf(t, "b", "x"));
            Assert.Equal(SymbolKind.Free, KindOf(t, "c", "x"));
        }

        [Fact]
        public void List_comprehension_variable_leaks_into_the_function()
        {
            var t = Analyze("def f(xs):\n    return [y for y in xs]\n");
            Assert.Equal(SymbolKind.Local, KindOf(t, "f", "y"));
            Assert.Empty(Find(t.Module, "f").Children);
        }

        [Fact]
        public void Generator_expression_has_its_own_scope_and_sees_the_function_free()
        {
            var t = Analyze("def f(xs, k):\n    return sum(y * k for y in xs)\n");
            var gen = Find(t.Module, "<genexpr>");
            Assert.Equal(SymbolKind.Local, gen.Lookup("y").Kind);
            Assert.Equal(SymbolKind.Free, gen.Lookup("k").Kind);
            Assert.Null(gen.Lookup("xs"));   // the outermost iterable is evaluated in f
            Assert.Equal(SymbolKind.Cell, KindOf(t, "f", "k"));
            Assert.Null(Find(t.Module, "f").Lookup("y"));
            Assert.True(gen.IsGenerator);
        }

        [Fact]
        public void Set_and_dict_comprehensions_do_not_leak()
        {
            var t = Analyze("def f(xs):\n    a = {y for y in xs}\n    b = {z: 1 for z in xs}\n");
            Assert.Null(Find(t.Module, "f").Lookup("y"));
            Assert.Null(Find(t.Module, "f").Lookup("z"));
            Assert.Equal(SymbolKind.Local, KindOf(t, "<setcomp>", "y"));
            Assert.Equal(SymbolKind.Local, KindOf(t, "<dictcomp>", "z"));
        }

        [Fact]
        public void Yield_makes_a_generator_but_not_its_enclosing_function()
        {
            var t = Analyze("def outer():\n    def gen():\n        yield 1\n    return gen\n");
            Assert.True(Find(t.Module, "gen").IsGenerator);
            Assert.False(Find(t.Module, "outer").IsGenerator);
        }

        [Fact]
        public void Lambda_parameters_are_local_and_default_values_belong_to_the_definer()
        {
            var t = Analyze("def f(n):\n    return lambda x, m=n: x * m\n");
            Assert.Equal(SymbolKind.Local, KindOf(t, "<lambda>", "x"));
            Assert.Equal(SymbolKind.Local, KindOf(t, "<lambda>", "m"));
            Assert.Equal(SymbolKind.Local, KindOf(t, "f", "n"));
        }

        [Fact]
        public void Tuple_parameters_bind_their_names()
        {
            var t = Analyze("def dist((x1, y1), (x2, y2)):\n    return x1 - x2\n");
            Assert.Equal(SymbolKind.Local, KindOf(t, "dist", "y2"));
            Assert.True(Find(t.Module, "dist").Lookup("y2").IsParameter);
        }

        [Fact]
        public void Import_binds_the_top_level_package_name()
        {
            var t = Analyze("def f():\n    import os.path\n    import a.b as c\n    return os, c\n");
            Assert.Equal(SymbolKind.Local, KindOf(t, "f", "os"));
            Assert.Equal(SymbolKind.Local, KindOf(t, "f", "c"));
            Assert.Null(Find(t.Module, "f").Lookup("a"));
        }

        [Fact]
        public void Assignment_after_use_is_still_local()
        {
            // CPython raises UnboundLocalError here at run time: x is local to f throughout.
            var t = Analyze("x = 1\ndef f():\n    print x\n    x = 2\n");
            Assert.Equal(SymbolKind.Local, KindOf(t, "f", "x"));
        }

        [Fact]
        public void Global_in_enclosing_function_is_not_a_closure()
        {
            var t = Analyze("def f():\n    global g\n    g = 1\n    def h():\n        return g\n    return h\n");
            Assert.Equal(SymbolKind.GlobalExplicit, KindOf(t, "f", "g"));
            Assert.Equal(SymbolKind.GlobalImplicit, KindOf(t, "h", "g"));
        }

        [Fact]
        public void Late_binding_loop_variable_is_a_cell()
        {
            var t = Analyze("def f():\n    fs = []\n    for i in range(3):\n        fs.append(lambda: i)\n    return fs\n");
            Assert.Equal(SymbolKind.Cell, KindOf(t, "f", "i"));
            Assert.Equal(SymbolKind.Free, KindOf(t, "<lambda>", "i"));
        }
    }
}
