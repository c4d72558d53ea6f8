using System.Text;

namespace GraduateFair.Server.Tests.Hubs.Client;

public sealed class RecordSeparatorFramerTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void TwoRecordsInOneChunkAreBothReturnedInOrder()
    {
        var framer = new RecordSeparatorFramer();

        var records = framer.Push(Bytes("{\"type\":6}\u001e{\"type\":1}\u001e"));

        Assert.Equal(["{\"type\":6}", "{\"type\":1}"], records);
        Assert.False(framer.HasPartialRecord);
    }

    [Fact]
    public void ARecordSplitAcrossChunksIsReturnedOnceComplete()
    {
        var framer = new RecordSeparatorFramer();

        Assert.Empty(framer.Push(Bytes("{\"ty")));
        Assert.Empty(framer.Push(Bytes("pe\":")));
        Assert.True(framer.HasPartialRecord);
        Assert.Equal(["{\"type\":6}"], framer.Push(Bytes("6}\u001e")));
        Assert.False(framer.HasPartialRecord);
    }

    [Fact]
    public void AChunkEndingInsideAMultiByteCharacterDecodesOnceTheRecordIsComplete()
    {
        var framer = new RecordSeparatorFramer();
        var bytes = Bytes("\"é€😀\"\u001e");

        var records = Enumerable.Range(0, bytes.Length).SelectMany(index => framer.Push(bytes.AsSpan(index, 1))).ToList();

        Assert.Equal(["\"é€😀\""], records);
    }

    [Fact]
    public void TheEndOfOneRecordAndTheStartOfTheNextShareAChunk()
    {
        var framer = new RecordSeparatorFramer();

        Assert.Empty(framer.Push(Bytes("{\"a\"")));
        Assert.Equal(["{\"a\":1}"], framer.Push(Bytes(":1}\u001e{\"b\"")));
        Assert.Equal(["{\"b\":2}", "{}"], framer.Push(Bytes(":2}\u001e{}\u001e")));
    }
}
