using System.Linq;
using System.Text;
using Py2Cs.Lowering.Driver;
using Xunit;

namespace Py2Cs.Lowering.Tests.Lowering
{
    /// <summary>What the generated C# looks like: readable, line-mapped, constants hoisted, fast paths used.</summary>
    public class GeneratedCodeTests
    {
        private static TranspileResult Transpile(string source, string name = "prog")
        {
            var file = new PythonSourceFile("/src/" + name + ".py", name, Encoding.UTF8.GetBytes(source));
            return new Transpiler(new TranspilerOptions()).Transpile(new[] { file }, name);
        }

        private static string CSharp(string source)
        {
            var result = Transpile(source);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            return result.Modules.Single().Syntax.ToFullString();
        }

        [Fact]
        public void A_method_call_on_a_fresh_open_result_closes_the_file_after_the_call()
        {
            var cs = CSharp("open('p', 'w').write('s')\ndata = open('p').read()\nimport io, codecs\nio.open('p').read()\ncodecs.open('p').read()\n");
            Assert.Equal(4, CountOf(cs, "FileTemporary.CallMethod("));
            Assert.Equal(2, CountOf(cs, "Ops.CallMethod(")); // io.open(...) and codecs.open(...) themselves
        }

        [Fact]
        public void A_for_loop_over_a_fresh_open_result_releases_the_file_when_the_loop_ends()
        {
            var cs = CSharp("for line in open('p'):\n    print line\nelse:\n    print 'done'\n");
            Assert.Contains("FileTemporary.Release(", cs);
            // the release comes before the else clause, as CPython drops the iterator first
            Assert.True(cs.IndexOf("FileTemporary.Release(") < cs.IndexOf("PrintItem((PyObject)null, __str_done"));
        }

        [Theory]
        [InlineData("open = lambda *a: None\nopen('p').read()\n")]
        [InlineData("def f(open):\n    return open('p').read()\n")]
        [InlineData("def f():\n    global file\n    return file('p').read()\nfile = 1\n")]
        [InlineData("f = open('p')\nf.read()\n")]
        [InlineData("def g():\n    exec 'open = 1'\n    return open('p').read()\n")]
        public void A_rebound_or_named_file_is_left_to_the_program(string source) =>
            Assert.DoesNotContain("FileTemporary", CSharp(source));

        [Fact]
        public void Module_becomes_a_static_class_with_an_Execute_method()
        {
            var cs = CSharp("print 'hi'\n");
            Assert.Contains("public static partial class prog_py", cs);
            Assert.Contains("public static void Execute(PyModule module)", cs);
            Assert.Contains("Builtins.PrintItem((PyObject)null, __str_hi);", cs);
        }

        [Fact]
        public void Every_statement_carries_a_line_directive_and_comments_are_kept()
        {
            var cs = CSharp("# greeting\nx = 1\n\ny = 2  # two\n");
            Assert.Contains("#line 2 \"/src/prog.py\"", cs);
            Assert.Contains("#line 4 \"/src/prog.py\"", cs);
            Assert.Contains("// greeting", cs);
        }

        [Fact]
        public void Constants_are_hoisted_into_static_readonly_fields_once()
        {
            var cs = CSharp("a = 42\nb = 42\nc = 'text'\n");
            Assert.Contains("internal static readonly PyObject __int_42 = PyInt.From(42L);", cs);
            Assert.Equal(1, CountOf(cs, "PyInt.From(42L)"));
            Assert.Contains("__str_text = PyStr.FromString(\"text\")", cs);
        }

        [Fact]
        public void Function_without_free_variables_is_a_static_method_and_locals_are_CSharp_locals()
        {
            var cs = CSharp("def area(w, h):\n    s = w * h\n    return s\n");
            Assert.Contains("public static PyObject area(PyObject w, PyObject h)", cs);
            Assert.Contains("PyObject s = null;", cs);
            Assert.Contains("new PyFunction(__sig_area, (Func<PyObject, PyObject, PyObject>)area", cs);
        }

        [Fact]
        public void Closure_is_a_local_function_capturing_the_enclosing_local()
        {
            var cs = CSharp("def counter():\n    n = [0]\n    def inc():\n        n[0] += 1\n        return n[0]\n    return inc\n");
            Assert.Contains("[PythonFunction(\"inc\")]", cs);
            Assert.Contains("PyObject __def_inc()", cs);
        }

        [Fact]
        public void Method_calls_do_not_allocate_bound_methods()
        {
            var cs = CSharp("def f(xs):\n    xs.append(1)\n");
            Assert.Contains("Ops.CallMethod(xs, __n_append, __int_1)", cs);
        }

        [Fact]
        public void Module_function_never_rebound_is_called_directly()
        {
            var cs = CSharp("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint fib(10)\n");
            Assert.Contains("prog_py.fib_direct(Ops.Subtract(n, __int_1))", cs);
            Assert.Contains("RecursionGuard.Enter();", cs);
        }

        [Fact]
        public void Rebound_module_function_is_looked_up()
        {
            var cs = CSharp("def f():\n    return 1\ndef g():\n    return f()\nf = g\n");
            Assert.DoesNotContain("prog_py.f_direct(", cs);
            Assert.Contains("Builtins.LoadGlobal(__globals, __n_f).Call()", cs);
        }

        [Fact]
        public void Python_keywords_of_CSharp_are_escaped()
        {
            var cs = CSharp("def f(string, new):\n    return string + new\n");
            Assert.Contains("public static PyObject f(PyObject @string, PyObject @new)", cs);
        }

        [Fact]
        public void Exec_at_module_level_runs_in_the_module_globals()
        {
            var result = Transpile("x = 1\nexec 'y = 2'\n");
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            var cs = CSharp("x = 1\nexec 'y = 2'\n");
            Assert.Contains("DynamicCode.Exec(__str, (PyObject)null, (PyObject)null, __globals, __globals)", cs);
        }

        [Fact]
        public void Exec_in_a_function_copies_the_names_it_binds_back_into_the_locals()
        {
            var cs = CSharp("def f():\n    v = 1\n    exec 'v = 2'\n    return v\n");
            Assert.Contains("__exec_locals = NameAccess.ExecLocals(__exec_locals, NameAccess.Locals(new PyObject[] { __n_v, v }));", cs);
            Assert.Contains("v = __exec_locals.GetStr(__n_v) ?? v;", cs);
        }

        [Fact]
        public void A_function_with_a_bare_exec_reads_other_names_from_the_exec_dict_first()
        {
            var cs = CSharp("def f():\n    exec 'w = 2'\n    return w\n");
            Assert.Contains("NameAccess.LoadUnoptimized(__exec_locals, __globals, __n_w)", cs);
        }

        [Fact]
        public void Unqualified_exec_beside_a_closure_is_refused_as_CPython_does()
        {
            var result = Transpile("def f():\n    exec 'x = 1'\n    def g(): return x\n    return g\n");
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal("unqualified exec is not allowed in function 'f' because it contains a nested function with free variables", error.Message);
        }

        [Fact]
        public void Builtins_that_read_the_callers_scope_get_it_passed()
        {
            var cs = CSharp("print globals()['x'], eval('x')\n");
            Assert.Contains("DynamicCode.CallWithScope(Builtins.LoadName(__globals, __n_globals), new PyObject[] { }, (PyStr[])null, __globals, __globals)", cs);
        }

        [Fact]
        public void A_nested_def_hidden_by_the_enclosing_functions_variable_is_qualified()
        {
            var cs = CSharp("def outer():\n    def inner():\n        return 1\n    return inner()\n");
            Assert.Contains("(Func<PyObject>)prog_py.inner", cs);
        }

        [Fact]
        public void Entry_point_registers_modules_and_runs_the_main_one()
        {
            var result = Transpile("print 1\n");
            var main = result.EntryPoint.ToFullString();
            Assert.Contains("Importer.Register(\"prog\", Py2Cs.Generated.prog_py.Execute, false, \"/src/prog.py\")", main);
            Assert.Contains("return PythonRuntime.Run(\"/src/prog.py\", args, Py2Cs.Generated.prog_py.Execute);", main);
        }

        private static int CountOf(string text, string part)
        {
            int n = 0;
            for (int i = text.IndexOf(part, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, System.StringComparison.Ordinal)) n++;
            return n;
        }
    }
}
