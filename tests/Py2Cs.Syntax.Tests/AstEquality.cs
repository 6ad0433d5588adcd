using System;
using System.Collections;
using System.Reflection;
using Py2Cs.Syntax;

namespace Py2Cs.Syntax.Tests
{
    /// <summary>Structural AST comparison that ignores spans and comments; reports the path of the first difference.</summary>
    public static class AstEquality
    {
        public static string FirstDifference(object expected, object actual, string path = "Module")
        {
            if (expected == null || actual == null)
                return expected == null && actual == null ? null : path + ": " + Describe(expected) + " vs " + Describe(actual);
            if (expected.GetType() != actual.GetType())
                return path + ": " + expected.GetType().Name + " vs " + actual.GetType().Name;
            if (expected is Node)
            {
                foreach (PropertyInfo property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name == nameof(Node.Span) || property.Name == nameof(Module.Comments))
                        continue;
                    string difference = FirstDifference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                    if (difference != null)
                        return difference;
                }
                return null;
            }
            if (expected is IList expectedList && !(expected is string))
            {
                var actualList = (IList)actual;
                if (expectedList.Count != actualList.Count)
                    return path + ": " + expectedList.Count + " items vs " + actualList.Count;
                for (int i = 0; i < expectedList.Count; i++)
                {
                    string difference = FirstDifference(expectedList[i], actualList[i], path + "[" + i + "]");
                    if (difference != null)
                        return difference;
                }
                return null;
            }
            if (expected is double d1 && actual is double d2)
                return BitConverter.DoubleToInt64Bits(d1) == BitConverter.DoubleToInt64Bits(d2) ? null : path + ": " + d1 + " vs " + d2;
            return expected.Equals(actual) ? null : path + ": " + Describe(expected) + " vs " + Describe(actual);
        }

        private static string Describe(object value) => value == null ? "null" : value is string s ? "'" + s + "'" : value.ToString();
    }
}
