using System.Text.RegularExpressions;

namespace Mentorship.Application.UnitTests.Architecture;

/// <summary>
/// One use case per file, so that a reader finds it by its name, and one message catalogue: checked over the source
/// of the Application project. A failure names every offending file.
/// </summary>
public partial class UseCaseFileTests
{
    private const int MaxLines = 250;

    [Test]
    public void No_file_holds_more_than_one_request_handler()
    {
        var offenders = ApplicationSources.Files()
            .Select(file => (File: file, Handlers: Handler().Count(ApplicationSources.Read(file))))
            .Where(f => f.Handlers > 1)
            .Select(f => $"{f.File} ({f.Handlers} handlers)")
            .ToList();

        offenders.Should().BeEmpty("each request and its handler have a file of their own; these hold more");
    }

    [Test]
    public void No_file_exceeds_250_lines()
    {
        var offenders = ApplicationSources.Files()
            .Select(file => (File: file, Lines: ApplicationSources.Lines(file)))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File} ({f.Lines} lines)")
            .ToList();

        offenders.Should().BeEmpty($"no file of the Application project exceeds {MaxLines} lines; these do");
    }

    [Test]
    public void No_message_is_picked_in_two_languages_in_code()
    {
        var offenders = ApplicationSources.Files()
            .Select(file => (File: file, Picks: Regex.Count(ApplicationSources.Read(file), @"\bTexts\.Pick\b")))
            .Where(f => f.Picks > 0)
            .Select(f => $"{f.File} ({f.Picks} Texts.Pick)")
            .ToList();

        offenders.Should().BeEmpty("messages come from the one catalogue by their code; these still pick Russian or English in code");
    }

    [Test]
    public void The_handler_count_sees_every_handler_however_declared_and_nothing_else()
    {
        const string source = """
            public sealed class CreateThingHandler(IApplicationDbContext db) : IRequestHandler<CreateThing, Guid> { }
            internal sealed class DeleteThingHandler
                : IRequestHandler<DeleteThing>
            { }
            public sealed class ListThingsHandler(IApplicationDbContext db, IMapper mapper)
                : MediatR.IRequestHandler<ListThings, PagedList<ThingDto>> { }
            public sealed class PublicationHandler :
                IRequestHandler<PublishThing, StateDto>,
                IRequestHandler<UnpublishThing, StateDto>
            { }
            public sealed class ThingValidator : AbstractValidator<CreateThing> { }
            public sealed record CreateThing(string Name) : IRequest<Guid>;
            var handlerInterfaces = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>) };
            """;

        Handler().Count(source).Should().Be(5);
    }

    // Each closed IRequestHandler<…> a type implements (a class may implement several); not the open typeof(IRequestHandler<,>).
    [GeneratedRegex(@"\bIRequestHandler\s*<\s*[\w.]")]
    private static partial Regex Handler();
}
