using Mentorship.Application.Reference.Queries.GetFormats;

namespace Mentorship.Application.Reference;

/// <summary>Builds the reference lists: every value of an enum with its title in the request's language.</summary>
internal static class ReferenceLists
{
    public static Task<IReadOnlyList<ReferenceItemDto>> Items<TEnum>(Func<TEnum, string> title)
        where TEnum : struct, Enum =>
        Result(Enum.GetValues<TEnum>().Select(v => new ReferenceItemDto(v.ToString(), title(v))));

    public static Task<IReadOnlyList<T>> Result<T>(IEnumerable<T> items) => Task.FromResult<IReadOnlyList<T>>(items.ToList());
}
