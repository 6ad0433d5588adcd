using System;
using Py2Cs.Runtime.Modules.codecs;

namespace Py2Cs.Runtime.Tests.Strings
{
    /// <summary>"TypeName: message" of a raised Python exception, as the recorded data writes it.</summary>
    internal static class ErrorText
    {
        public static string Describe(Exception e)
        {
            switch (e)
            {
                case PythonException p: return p.Message;
                case CodecFailure c: return (c.Encoding ? "UnicodeEncodeError: " : "UnicodeDecodeError: ") + c.Message;
                case CodecLookupFailure: return "LookupError: " + e.Message;
                case CodecTypeFailure: return "TypeError: " + e.Message;
                case CodecValueFailure: return "ValueError: " + e.Message;
                case CodecBinasciiFailure: return "Error: " + e.Message;
            }
            return e.Message;
        }
    }
}
