# Att skriva och läsa en körnings utdata (src/publish): bara fel; arbetsboken,
# teckenförklaringen och Beräkning är publiceringstext.

publish-manifest-unreadable = { $path }: kan inte läsa manifestet: { $error }
publish-manifest-invalid = { $path }: inte ett manifest som `oj eval` har skrivit: { $error }
