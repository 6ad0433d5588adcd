using System;
using System.IO;
using System.Text;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Support;

/// <summary>Points sys.stdout at a memory buffer for the duration of a test.</summary>
public sealed class CapturedOutput : IDisposable
{
    readonly MemoryStream _buffer = new();
    readonly PyObject _previous;

    public CapturedOutput()
    {
        _previous = SysModule.Module["stdout"];
        SysModule.Module["stdout"] = new PyFile(_buffer, "<test>", "w", false);
    }

    /// <summary>Everything written so far, as Latin-1 text (one char per byte).</summary>
    public string Text => Encoding.Latin1.GetString(_buffer.ToArray());

    public void Dispose() => SysModule.Module["stdout"] = _previous;
}
