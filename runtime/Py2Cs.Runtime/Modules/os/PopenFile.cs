using System.Diagnostics;

namespace Py2Cs.Runtime;

/// <summary>
/// The file object os.popen returns: a Python file over the command's stdout (mode 'r') or stdin
/// (mode 'w'); close() waits for the command and returns None on success, else its wait status.
/// </summary>
public sealed class PopenFile : PyFile
{
    // A subtype of file named "file": isinstance(p, file) holds and only close differs.
    static readonly PyType PopenType = PyType.Builtin("file", () => PyFile.TypeObject, t =>
    {
        t.DefMethod("close", f => ((PopenFile)f).CloseAndWait());
        t.DefMethod("__exit__", 3, new[] { "type", "value", "traceback" }, (f, a) => { ((PopenFile)f).CloseAndWait(); return PyNone.None; });
    });

    readonly Process _process;

    PopenFile(Process process, System.IO.Stream stream, string command, string mode)
        : base(stream, command, mode, ownsStream: true) { _process = process; }

    public override PyType Type => PopenType;

    public static PopenFile Start(string command, string mode)
    {
        SysModule.Stdout?.Flush();
        bool write = mode.StartsWith('w');
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardOutput = !write, RedirectStandardInput = write };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        var p = Process.Start(psi);
        var stream = write ? p.StandardInput.BaseStream : p.StandardOutput.BaseStream;
        return new PopenFile(p, stream, command, mode);
    }

    PyObject CloseAndWait()
    {
        if (IsClosed) return PyNone.None;
        Close();
        _process.WaitForExit();
        int code = _process.ExitCode;
        _process.Dispose();
        // .NET reports a signal death as 128+signal; the wait status packs exit codes in the high byte.
        if (code == 0) return PyNone.None;
        return PyInt.From(code > 128 && code < 160 ? code - 128 : code << 8);
    }
}
