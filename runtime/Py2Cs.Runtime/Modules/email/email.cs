#pragma warning disable CS8981 // the module class is named as in Python
namespace Py2Cs.Runtime
{
    /// <summary>The email package (Python 2.7). Only its utils submodule is native so far: the parts
    /// smtplib and logging's SMTPHandler use (docs/modules-cli.md lists what is missing).</summary>
    [PythonModule("email")]
    public static class email
    {
    }
}
