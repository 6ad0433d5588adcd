namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>C# compiled into each test project: runs code with Python's sys.stdout set to a StringIO
    /// and returns what was written, so a test sees the output of Python and C# code in order.</summary>
    public static class StdoutCapture
    {
        public const string TypeName = "StdoutCapture";

        public const string Source = @"
using System;
using System.Reflection;
using Py2Cs.Runtime;
using Py2Cs.Runtime.Interop;

public static class StdoutCapture
{
    public static string Run(Action body)
    {
        PyObject sys = Py.Import(""sys"");
        PyObject buffer = Py.Import(""StringIO"").InvokeMethod(""StringIO"");
        PyObject saved = sys.GetAttr(""stdout"");
        sys.SetAttr(""stdout"", buffer);
        try { body(); }
        finally { sys.SetAttr(""stdout"", saved); }
        return buffer.InvokeMethod(""getvalue"").As<string>();
    }

    /// <summary>Calls a public static method without parameters; returns its output.</summary>
    public static string Call(string typeName, string method)
        => Run(() => Invoke(typeName, method, null));

    /// <summary>Runs a Main(string[]); returns the exit status, a newline, then the output.</summary>
    public static string Main(string typeName, string[] args)
    {
        object status = null;
        string output = Run(() => status = Invoke(typeName, ""Main"", new object[] { args }));
        return status + ""\n"" + output;
    }

    static object Invoke(string typeName, string method, object[] args)
    {
        try { return typeof(StdoutCapture).Assembly.GetType(typeName, true).GetMethod(method).Invoke(null, args); }
        catch (TargetInvocationException e) { System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw(); throw; }
    }
}";
    }
}
