using System.Net;
using System.Net.Sockets;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A TCP relay on loopback in front of the test database, which a test can cut (the port refuses, open connections
/// drop, as when the server stops) and restore on the same port, to prove how the API behaves in an outage.
/// </summary>
public sealed class TcpOutageProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public TcpOutageProxy(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort);
        Port = Listen(0);
    }

    public int Port { get; }

    /// <summary>The database is gone: new connections are refused, open ones are reset.</summary>
    public void Cut()
    {
        _stop.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open)
            {
                // A reset, not a polite close: the peer learns at once that the connection is gone.
                client.Client?.Close(0);
                client.Dispose();
            }

            _open.Clear();
        }
    }

    /// <summary>The database is back, on the same port.</summary>
    public void Restore()
    {
        _stop = new CancellationTokenSource();
        Listen(Port);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private int Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener, _stop.Token);
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return; // cut
            }

            var outgoing = new TcpClient();
            try
            {
                await outgoing.ConnectAsync(_target, stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
                incoming.Dispose();
                outgoing.Dispose();
                continue;
            }

            lock (_open)
            {
                _open.Add(incoming);
                _open.Add(outgoing);
            }

            _ = RelayAsync(incoming, outgoing, stop);
        }
    }

    private static async Task RelayAsync(TcpClient a, TcpClient b, CancellationToken stop)
    {
        try
        {
            await Task.WhenAny(a.GetStream().CopyToAsync(b.GetStream(), stop), b.GetStream().CopyToAsync(a.GetStream(), stop));
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // One side is gone: the other is closed below, as a real network drop would.
        }
        finally
        {
            a.Dispose();
            b.Dispose();
        }
    }
}
