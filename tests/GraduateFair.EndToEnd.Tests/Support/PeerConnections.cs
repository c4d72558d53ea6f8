using Microsoft.Playwright;

namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>
/// Watches the page's WebRTC connections: an init script keeps every RTCPeerConnection the app
/// makes in window.__peers, so a test can await the one that connects and decodes video.
/// </summary>
public static class PeerConnections
{
    public const string InitScript = """
        (() => {
          const Native = window.RTCPeerConnection;
          if (!Native || window.__peers) return;
          window.__peers = [];
          window.RTCPeerConnection = class extends Native {
            constructor(...args) { super(...args); window.__peers.push(this); }
          };
        })();
        """;

    private const string Connected = "() => (window.__peers || []).some(p => p.connectionState === 'connected')";

    // getStats is asynchronous, and WaitForFunction wants a synchronous predicate: the page
    // awaits the frames itself (checking every 250 ms) and answers the count, or 0 at the deadline.
    private const string DecodingVideo = """
        async timeoutMs => {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            for (const peer of (window.__peers || []).filter(p => p.connectionState === 'connected')) {
              const stats = await peer.getStats();
              for (const report of stats.values()) {
                if (report.type === 'inbound-rtp' && report.kind === 'video' && report.framesDecoded > 0) {
                  return report.framesDecoded;
                }
              }
            }
            if (Date.now() > deadline) return 0;
            await new Promise(resolve => setTimeout(resolve, 250));
          }
        }
        """;

    /// <summary>Awaits an RTCPeerConnection in the connected state.</summary>
    public static async Task WaitUntilConnectedAsync(IPage page, string who)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            await page.WaitForFunctionAsync(Connected, null, new() { Timeout = 30_000, PollingInterval = 200 });
        }
        catch (TimeoutException exception)
        {
            var states = await page.EvaluateAsync<string>("() => JSON.stringify((window.__peers || []).map(p => [p.connectionState, p.signalingState, p.iceConnectionState]))");
            throw new TimeoutException($"{who}'s RTCPeerConnection did not reach 'connected'; peers: {states}", exception);
        }
    }

    /// <summary>Awaits decoded video frames from the other side (getStats inbound-rtp video framesDecoded > 0); the count.</summary>
    public static async Task<long> WaitUntilDecodingVideoAsync(IPage page, string who)
    {
        ArgumentNullException.ThrowIfNull(page);
        var frames = await page.EvaluateAsync<long>(DecodingVideo, 30_000);
        return frames > 0 ? frames : throw new TimeoutException($"{who} decoded no video frames from the other participant within 30 seconds");
    }
}
