using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// The rows of an export read ahead of its writer, on a task of their own: reading and mapping a row (the provider's
/// decoding, labels, pseudonyms) costs about as much as writing it, so on two cores the one overlaps the other instead
/// of waiting for it. Rows are handed over in batches of <see cref="BatchRows"/>, at most <see cref="Batches"/> of them
/// waiting (a few thousand rows: memory stays flat), so the reader pauses when the writer — or the client behind it —
/// is slower. The reader is stopped and awaited before the enumeration ends (the writer finished, failed or was
/// cancelled), so it never reads from a database context the request has already disposed; its failure surfaces in
/// the writer, as a failure of the read it replaces would.
/// </summary>
internal static class ExportReadAhead
{
    /// <summary>Rows per batch: a handover per row would cost more than it saves.</summary>
    public const int BatchRows = 256;

    /// <summary>Batches read but not yet written, at most.</summary>
    public const int Batches = 8;

    public static async IAsyncEnumerable<object?[]> ReadAhead(this IAsyncEnumerable<object?[]> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<object?[][]>(new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(rows, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (channel.Reader.TryRead(out var batch))
                {
                    foreach (var row in batch)
                    {
                        yield return row;
                    }
                }
            }

            // The channel is complete: the reader has ended, and its failure, if any, is thrown here.
            await reading;
        }
        finally
        {
            if (!reading.IsCompleted)
            {
                await stop.CancelAsync();
                await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private static async Task ReadAsync(IAsyncEnumerable<object?[]> rows, ChannelWriter<object?[][]> batches, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new object?[BatchRows][];
            var count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                batch[count++] = row;
                if (count == BatchRows)
                {
                    await batches.WriteAsync(batch, cancellationToken);
                    batch = new object?[BatchRows][];
                    count = 0;
                }
            }

            if (count > 0)
            {
                await batches.WriteAsync(batch[..count], cancellationToken);
            }
        }
        finally
        {
            batches.Complete();
        }
    }
}
