/// A publication or page that a finding rests on.
public struct Source: Equatable, Sendable {
  /// The id findings cite, such as `S7`.
  public var id: String
  /// The title.
  public var title: String
  /// Where to read it, if it is online.
  public var url: String?
  /// A bibliographic citation, if it is a publication.
  public var citation: String?
  /// Where the source is defined.
  public var location: FileLocation

  /// Creates a source.
  public init(
    id: String, title: String, url: String? = nil, citation: String? = nil,
    location: FileLocation
  ) {
    self.id = id
    self.title = title
    self.url = url
    self.citation = citation
    self.location = location
  }
}
