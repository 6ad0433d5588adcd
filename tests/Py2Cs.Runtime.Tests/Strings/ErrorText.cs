using System;

namespace Py2Cs.Runtime.Tests.Strings
{
    /// <summary>"TypeName: message" of a raised Python exception, as the recorded data writes it.</summary>
    internal static class ErrorText
    {
        public static string Describe(Exception e) => e.Message;
    }
}
