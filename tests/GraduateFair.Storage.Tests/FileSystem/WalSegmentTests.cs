using System.Text;
using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>The write-ahead log's on-disk format: records written in a batch read back whole, and reading stops at a torn end.</summary>
public sealed class WalSegmentTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public static TheoryData<int> CutsIntoTheLastRecord => new() { 1, 4, 7, 8, 9, 20, 39 };

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void RecordsWrittenInOneBatchReadBackInOrderWithEveryField()
    {
        var large = new byte[40_000];
        new Random(3).NextBytes(large);
        var path = Write(7, [
            WalMutation.Put("profiles/ada", "unused", new BlobFileHeader(BlobKind.Block, "etag-1", BlobContentTypes.Json), Utf8("{\"name\":\"Ada\"}")),
            WalMutation.Append("journals/q~40x", "unused", new BlobFileHeader(BlobKind.Append, "gen-2", BlobContentTypes.OctetStream), null, Utf8("first;")),
            WalMutation.Put("resumes/ada.pdf", "unused", new BlobFileHeader(BlobKind.Block, "etag-3", BlobContentTypes.Pdf), large),
            WalMutation.Delete("profiles/old", "unused"),
        ]);

        using var reader = new WalSegmentReader(path, 7);
        var records = ReadAll(reader);

        Assert.Equal(4, records.Count);
        Assert.Equal((WalRecordKind.Put, "profiles/ada", "etag-1", BlobContentTypes.Json, 0L, "{\"name\":\"Ada\"}"), Fields(records[0]));
        Assert.Equal((WalRecordKind.Append, "journals/q~40x", "gen-2", (string?)null, 0L, "first;"), Fields(records[1]));
        Assert.Equal((WalRecordKind.Put, "resumes/ada.pdf", "etag-3", BlobContentTypes.Pdf), (records[2].Kind, records[2].Name, records[2].Tag, records[2].ContentType));
        Assert.Equal(large, records[2].Data);
        Assert.Equal((WalRecordKind.Delete, "profiles/old", (string?)null, (string?)null, 0L, ""), Fields(records[3]));
        Assert.Equal(0, reader.IgnoredBytes);
    }

    [Fact]
    public void AnAppendRecordCarriesTheOffsetItWasWrittenAt()
    {
        var header = new BlobFileHeader(BlobKind.Append, "gen", BlobContentTypes.OctetStream);
        var before = new BlobFileState(header, Length: 1234, ValidEnd: 5000, NeedsTruncate: false, DateTimeOffset.UnixEpoch);
        var path = Write(1, [WalMutation.Append("journal", "unused", header, before, Utf8("next;"))]);

        using var reader = new WalSegmentReader(path, 1);

        Assert.Equal((WalRecordKind.Append, "journal", "gen", (string?)null, 1234L, "next;"), Fields(reader.Next()!));
    }

    [Theory]
    [MemberData(nameof(CutsIntoTheLastRecord))]
    public void ReadingStopsBeforeARecordCutShortAndCountsItsBytes(int keptBytesOfTheLastRecord)
    {
        var path = Write(1, [Delete("a"), Append("b", "kept;"), Append("c", "this record is cut short;")]);
        var lastRecordStart = new FileInfo(path).Length - WalMutation.Append("c", "unused", AppendHeader, null, Utf8("this record is cut short;")).RecordLength;
        using (var file = File.OpenWrite(path))
        {
            file.SetLength(lastRecordStart + keptBytesOfTheLastRecord);
        }

        using var reader = new WalSegmentReader(path, 1);

        Assert.Equal(["a", "b"], ReadAll(reader).Select(record => record.Name));
        Assert.Equal(keptBytesOfTheLastRecord, reader.IgnoredBytes);
    }

    [Fact]
    public void ReadingStopsAtARecordThatFailsItsChecksumAndIgnoresEverythingAfterIt()
    {
        var path = Write(1, [Append("a", "one;"), Append("b", "two;"), Append("c", "three;")]);
        var bytes = File.ReadAllBytes(path);
        var second = WalSegmentHeader.Length + (int)Append("a", "one;").RecordLength;
        bytes[second + 12] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        using var reader = new WalSegmentReader(path, 1);

        Assert.Equal(["a"], ReadAll(reader).Select(record => record.Name));
        Assert.Equal(bytes.Length - second, reader.IgnoredBytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(WalSegmentHeader.Length)]
    [InlineData(4096)]
    public void ASegmentWhoseHeaderNeverReachedTheDiskHoldsNoRecords(int zeros)
    {
        var path = Path.Combine(_directory.Path, WalSegmentHeader.FileNameOf(3));
        File.WriteAllBytes(path, new byte[zeros]);

        using var reader = new WalSegmentReader(path, 3);

        Assert.Null(reader.Next());
    }

    [Fact]
    public void ASegmentHoldingAnotherSequenceNumberIsReportedAsDamaged()
    {
        var path = Write(4, [Delete("a")]);
        var renamed = Path.Combine(_directory.Path, WalSegmentHeader.FileNameOf(5));
        File.Move(path, renamed);

        Assert.Throws<InvalidDataException>(() => new WalSegmentReader(renamed, 5));
    }

    [Fact]
    public void SegmentFileNamesSortInSequenceOrderAndOtherFilesAreNotSegments()
    {
        Assert.Equal("0000000000000009.wal", WalSegmentHeader.FileNameOf(9));
        Assert.True(string.CompareOrdinal(WalSegmentHeader.FileNameOf(9), WalSegmentHeader.FileNameOf(10)) < 0);
        Assert.Equal(10, WalSegmentHeader.SequenceOfFile("0000000000000010.wal"));
        Assert.Null(WalSegmentHeader.SequenceOfFile("0000000000000010.wal.tmp"));
        Assert.Null(WalSegmentHeader.SequenceOfFile("notes.wal"));
    }

    private static BlobFileHeader AppendHeader { get; } = new(BlobKind.Append, "gen", BlobContentTypes.OctetStream);

    private static WalMutation Append(string name, string data) => WalMutation.Append(name, "unused", AppendHeader, null, Utf8(data));

    private static WalMutation Delete(string name) => WalMutation.Delete(name, "unused");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static (WalRecordKind, string, string?, string?, long, string) Fields(WalRecord record) =>
        (record.Kind, record.Name, record.Tag, record.ContentType, record.Offset, Encoding.UTF8.GetString(record.Data));

    private static List<WalRecord> ReadAll(WalSegmentReader reader)
    {
        var records = new List<WalRecord>();
        while (reader.Next() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    private string Write(long sequence, WalMutation[] batch)
    {
        using var segment = WalSegment.Create(_directory.Path, sequence);
        segment.Write(batch);
        segment.Sync();
        return segment.Path;
    }
}
