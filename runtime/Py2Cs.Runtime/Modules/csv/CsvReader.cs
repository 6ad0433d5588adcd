using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>
    /// _csv.reader: _csv.c's state machine, character by character over each line the input iterator
    /// yields (a line may end inside a quoted field; the next line continues it). Fields are byte strings,
    /// or floats for unquoted fields under QUOTE_NONNUMERIC.
    /// </summary>
    public sealed class CsvReader : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("reader", () => PyType.ObjectType, Populate);

        enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrNl }

        readonly PyObject _input;
        readonly CsvDialect _dialect;
        long _lineNum;
        State _state;
        List<PyObject> _fields;
        byte[] _field = new byte[64];
        int _fieldLen;
        bool _numericField;

        public CsvReader(PyObject input, CsvDialect dialect)
        {
            _input = input;
            _dialect = dialect;
        }

        public override PyType Type => TypeObject;
        public override string TypeName => "_csv.reader";
        public override PyObject Iter() => this;

        public override PyObject Next()
        {
            _fields = new List<PyObject>();
            _state = State.StartRecord;
            _fieldLen = 0;
            _numericField = false;
            do
            {
                PyObject line = _input.Next();
                if (line == null)
                {
                    if (_fieldLen != 0 || _state == State.InQuotedField)
                    {
                        if (_dialect.Strict) throw _csv.CsvError("unexpected end of data");
                        SaveField();
                        break;
                    }
                    return null;
                }
                _lineNum++;
                var bytes = CsvText.BytesOf(line);
                foreach (byte c in bytes)
                {
                    if (c == 0) throw _csv.CsvError("line contains NUL");
                    ProcessChar(c);
                }
                ProcessChar(0);
            } while (_state != State.StartRecord);
            var fields = PyList.FromArray(_fields.ToArray());
            _fields = null;
            return fields;
        }

        void AddChar(byte c)
        {
            if (_fieldLen >= _csv.FieldLimit) throw _csv.CsvError($"field larger than field limit ({_csv.FieldLimit})");
            if (_fieldLen == _field.Length) System.Array.Resize(ref _field, _field.Length * 2);
            _field[_fieldLen++] = c;
        }

        void SaveField()
        {
            PyObject field = PyStr.FromBytes(new System.ReadOnlySpan<byte>(_field, 0, _fieldLen));
            _fieldLen = 0;
            if (_numericField)
            {
                _numericField = false;
                field = Ops.Call(PyFloat.TypeObject, field);
            }
            _fields.Add(field);
        }

        void EndOfLine(byte c)
        {
            SaveField();
            _state = c == 0 ? State.StartRecord : State.EatCrNl;
        }

        static bool IsLineEnd(byte c) => c == '\n' || c == '\r' || c == 0;

        void ProcessChar(byte c)
        {
            var d = _dialect;
            switch (_state)
            {
                case State.StartRecord:
                    if (c == 0) break; // empty line: []
                    if (c == '\n' || c == '\r') { _state = State.EatCrNl; break; }
                    _state = State.StartField;
                    goto case State.StartField;
                case State.StartField:
                    if (IsLineEnd(c)) EndOfLine(c);
                    else if (c == d.QuoteChar && d.Quoting != CsvDialect.QuoteNone) _state = State.InQuotedField;
                    else if (c == d.EscapeChar) _state = State.EscapedChar;
                    else if (c == ' ' && d.SkipInitialSpace) { }
                    else if (c == d.Delimiter) SaveField();
                    else
                    {
                        if (d.Quoting == CsvDialect.QuoteNonNumeric) _numericField = true;
                        AddChar(c);
                        _state = State.InField;
                    }
                    break;
                case State.EscapedChar:
                    AddChar(c == 0 ? (byte)'\n' : c);
                    _state = State.InField;
                    break;
                case State.InField:
                    if (IsLineEnd(c)) EndOfLine(c);
                    else if (c == d.EscapeChar) _state = State.EscapedChar;
                    else if (c == d.Delimiter) { SaveField(); _state = State.StartField; }
                    else AddChar(c);
                    break;
                case State.InQuotedField:
                    if (c == 0) { }
                    else if (c == d.EscapeChar) _state = State.EscapeInQuotedField;
                    else if (c == d.QuoteChar && d.Quoting != CsvDialect.QuoteNone)
                        _state = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                    else AddChar(c);
                    break;
                case State.EscapeInQuotedField:
                    AddChar(c == 0 ? (byte)'\n' : c);
                    _state = State.InQuotedField;
                    break;
                case State.QuoteInQuotedField:
                    if (d.Quoting != CsvDialect.QuoteNone && c == d.QuoteChar) { AddChar(c); _state = State.InQuotedField; }
                    else if (c == d.Delimiter) { SaveField(); _state = State.StartField; }
                    else if (IsLineEnd(c)) EndOfLine(c);
                    else if (!d.Strict) { AddChar(c); _state = State.InField; }
                    else throw _csv.CsvError($"'{(char)d.Delimiter}' expected after '{(char)d.QuoteChar}'");
                    break;
                case State.EatCrNl:
                    if (c == '\n' || c == '\r') { }
                    else if (c == 0) _state = State.StartRecord;
                    else throw _csv.CsvError("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                    break;
            }
        }

        static CsvReader R(PyObject o) => (CsvReader)o;

        static void Populate(PyType t)
        {
            t.Define("__module__", PyStr.FromString("_csv"));
            t.Define("__doc__", PyStr.FromString("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"));
            t.DefMethod("next", s => Ops.NextOrRaise(s));
            t.DefMethod("__iter__", s => s);
            t.DefProperty("dialect", o => R(o)._dialect, (o, v) => throw Ops.TypeError("readonly attribute"));
            t.DefProperty("line_num", o => new PyLong(R(o)._lineNum), (o, v) => throw Ops.TypeError("readonly attribute"));
        }
    }
}
