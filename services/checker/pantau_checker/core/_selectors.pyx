# cython: language_level=3, boundscheck=False, wraparound=False
"""lexbor's selector searches for the page's analysis, and the walk of the names, compiled.

``select(node, query)`` finds what selectolax's ``node.css(query)`` finds, in the same order (the searched node
matches too), and ``select_first`` what ``css_first`` finds. selectolax parses a selector anew for each call (and
makes a CSS parser for each document) and matches every selector with lexbor's state machine; the analysis asks
the same few dozen selectors of every page, most of them names, classes and attributes. Here a selector is parsed
once a process, and the simple ones (and ``X Y`` and ``:not()`` of them) are matched by the names' ids
(``_simple_search``), from an index of the document's elements while the tree is unchanged (``_index``). lexbor's
functions are those of selectolax's module, found by name in it: one lexbor, one layout (``setup.py`` pins them
together).
``named`` walks the tree for the elements with a class or an id, ``text_of`` reads a node's text as selectolax's
``text()`` does, and ``links_in`` reads a page's links as ``page._links`` did with those, all without a call back
into Python for each node. ``decompose`` takes a part out of the tree and leaves its elements' places in the index
empty, so that the index outlives the analysis's changes. At the end, readings that are not lexbor's: the
fingerprint's words without the date words, read from the text's characters (``TextWords``) or from its UTF-8
(``words_without``), the sketch's smallest CRC-32s (``smallest_crc32s``)
and a text's UTF-8 with its characters beyond ASCII (``utf8_and_beyond_ascii``); where the date reading's two-digit
years may start (``separated_twice``, ``after_one_of``); the analysis's sets of nodes read by their pointers
(``unique``, ``outermost``, ``outside``, ``within``); a text's ASCII letters lowered (``ascii_lowered``), with its
Latin-1 and its characters beyond ASCII (``lowered_and_beyond_ascii``), and its Latin-1 with "?" beyond it
(``narrowed``); the link texts the scan reads (``link_texts``); the names written after the markup's "<"s with their
count (``names_after_lt``), its bytes lowered (``bytes_lowered``) and ``markup.bounded``'s samples of its tags
(``sampled_tags``); the years of four digits and the windows before them (``year_places``, ``windows_before``); and
the term scan's words found by a walk of their table (``Moves``); the dates' words split, their limits' heads and
the two-digit years' places (``date_words``, ``limit_heads``, ``short_places``); the articles' texts joined
(``joined_text``), a node's ancestor by its name (``has_ancestor``) and a link's site (``linked_site``); the relative
words' places that start a word (``word_places``); the headings without a link and the headlines counted without
their nodes (``found_without``, ``count_found_outside``), parts taken out in one call (``decompose_all``),
the page kind's parts of a title (``title_segments``); the page's links read from the index's places, no node made
(``links_found``, ``found_places``, ``count_within``), its named images in one walk (``images_named``) and the head's
metas and links (``head_items``); a body decoded as UTF-8 into CPython's form (``utf8_decoded``) and the links'
addresses asked for a "%" (``plain_hrefs``); the main content's words and the visible text in one walk
(``main_and_visible``); the years' windows' reads kept by their characters (``WindowReads``); and the event's JSON
line written into one buffer (``JsonLine``); the sidebars' addresses and a list's other site read from a search's
places (``hrefs_in``, ``one_other_site``); whether the index holds a tree (``indexed``).
"""

from cpython.unicode cimport PyUnicode_DecodeUTF8
from cpython.long cimport PyLong_AsVoidPtr, PyLong_FromVoidPtr
from libc.stdint cimport uint64_t, uintptr_t
from libc.stdlib cimport calloc, free, realloc
from libc.string cimport memcmp, memcpy, memset

from selectolax.lexbor cimport (
    LexborHTMLParser,
    LexborNode,
    lxb_char_t,
    lxb_css_parser_t,
    lxb_css_selector_list_t,
    lxb_css_selector_specificity_t,
    lxb_css_selectors_t,
    lexbor_hash_t,
    lexbor_str_t,
    lxb_dom_attr_t,
    lxb_dom_element_t,
    lxb_dom_document_t,
    lxb_dom_node_t,
    lxb_css_parser_selectors_set,
    lxb_selectors_opt_set,
    lxb_selectors_opt_t,
    lxb_selectors_t,
    lxb_status_t,
    LXB_SELECTORS_OPT_DEFAULT,
    LXB_SELECTORS_OPT_MATCH_ROOT,
    LXB_STATUS_OK,
    LXB_STATUS_STOP,
    LXB_DOM_NODE_TYPE_ELEMENT,
    LXB_DOM_NODE_TYPE_TEXT,
    LXB_DOM_NODE_TYPE_DOCUMENT,
)

import selectolax.lexbor
from selectolax.lexbor import SelectolaxError

cdef extern from "dlfcn.h" nogil:
    void *dlopen(const char *filename, int flags)
    void *dlsym(void *handle, const char *symbol)
    const char *dlerror()
    int RTLD_NOW
    int RTLD_NOLOAD

ctypedef lxb_status_t (*_found_f)(lxb_dom_node_t *node, lxb_css_selector_specificity_t *spec, void *ctx)
ctypedef lxb_css_parser_t *(*_parser_create_f)()
ctypedef lxb_status_t (*_parser_init_f)(lxb_css_parser_t *parser, void *tokenizer)
ctypedef lxb_css_selectors_t *(*_css_selectors_create_f)()
ctypedef lxb_status_t (*_css_selectors_init_f)(lxb_css_selectors_t *selectors)
ctypedef lxb_css_selector_list_t *(*_parse_f)(lxb_css_parser_t *parser, const lxb_char_t *data, size_t length)
ctypedef void (*_list_destroy_f)(lxb_css_selector_list_t *list)
ctypedef lxb_selectors_t *(*_selectors_create_f)()
ctypedef lxb_status_t (*_selectors_init_f)(lxb_selectors_t *selectors)
ctypedef lxb_status_t (*_find_f)(lxb_selectors_t *selectors, lxb_dom_node_t *root, lxb_css_selector_list_t *list,
                                 _found_f cb, void *ctx)
ctypedef const lxb_char_t *(*_attr_name_f)(lxb_dom_attr_t *attr, size_t *length)
ctypedef const lxb_char_t *(*_attr_value_f)(lxb_dom_attr_t *attr, size_t *length)
ctypedef lxb_dom_attr_t *(*_first_attr_f)(lxb_dom_element_t *element)
ctypedef uintptr_t (*_tag_id_f)(lexbor_hash_t *tags, const lxb_char_t *name, size_t length)

cdef _parse_f _parse
cdef _list_destroy_f _list_destroy
cdef _find_f _find
cdef _attr_name_f _attr_name
cdef _attr_value_f _attr_value
cdef _first_attr_f _first_attr
cdef _tag_id_f _tag_id


cdef void *_symbol(void *handle, const char *name) except NULL:
    cdef void *found = dlsym(handle, name)
    if found == NULL:
        raise ImportError(f"selectolax's lexbor has no {name.decode()}: selectolax is not the pinned 1.0.2")
    return found


cdef void *_handle = dlopen(selectolax.lexbor.__file__.encode(), RTLD_NOW | RTLD_NOLOAD)
if _handle == NULL:
    raise ImportError(f"selectolax's lexbor module is not loaded: {dlerror().decode()}")
_parse = <_parse_f> _symbol(_handle, b"lxb_css_selectors_parse")
_list_destroy = <_list_destroy_f> _symbol(_handle, b"lxb_css_selector_list_destroy_memory")
_find = <_find_f> _symbol(_handle, b"lxb_selectors_find")
_attr_name = <_attr_name_f> _symbol(_handle, b"lxb_dom_attr_qualified_name")
_attr_value = <_attr_value_f> _symbol(_handle, b"lxb_dom_attr_value_noi")
_first_attr = <_first_attr_f> _symbol(_handle, b"lxb_dom_element_first_attribute_noi")
_tag_id = <_tag_id_f> _symbol(_handle, b"lxb_tag_id_by_name_noi")

cdef lxb_css_parser_t *_parser = (<_parser_create_f> _symbol(_handle, b"lxb_css_parser_create"))()
cdef lxb_css_selectors_t *_css_selectors = (<_css_selectors_create_f> _symbol(_handle, b"lxb_css_selectors_create"))()
cdef lxb_selectors_t *_selectors = (<_selectors_create_f> _symbol(_handle, b"lxb_selectors_create"))()
if (
    _parser == NULL
    or _css_selectors == NULL
    or _selectors == NULL
    or (<_parser_init_f> _symbol(_handle, b"lxb_css_parser_init"))(_parser, NULL) != LXB_STATUS_OK
    or (<_css_selectors_init_f> _symbol(_handle, b"lxb_css_selectors_init"))(_css_selectors) != LXB_STATUS_OK
    or (<_selectors_init_f> _symbol(_handle, b"lxb_selectors_init"))(_selectors) != LXB_STATUS_OK
):
    raise ImportError("lexbor's CSS parser or selector engine could not be made")
lxb_css_parser_selectors_set(_parser, _css_selectors)

# The parsed selectors by their text. Each keeps the memory lexbor parsed it into (the parser starts a new one
# where it has none). A page's own selectors (its stylesheets' hiding rules) are many: beyond the bound they are
# parsed for the one search and let go, as selectolax does.
cdef dict _parsed = {}
cdef Py_ssize_t _MAX_PARSED = 256


cdef class _Search:
    cdef list found
    cdef object parser
    cdef uintptr_t skipped
    cdef bint first
    cdef object error


cdef lxb_status_t _found(lxb_dom_node_t *node, lxb_css_selector_specificity_t *spec, void *ctx) noexcept:
    cdef _Search search = <_Search> ctx
    if <uintptr_t> node == search.skipped:
        return LXB_STATUS_OK
    try:
        search.found.append(LexborNode.new(node, search.parser))
    except BaseException as error:
        search.error = error  # raised by the caller, once lexbor's walk has stopped
        return LXB_STATUS_STOP
    return LXB_STATUS_STOP if search.first else LXB_STATUS_OK


cdef lxb_css_selector_list_t *_selector(str query, bint *kept) except NULL:
    cdef object held = _parsed.get(query)
    cdef lxb_css_selector_list_t *parsed
    if held is not None:
        kept[0] = True
        return <lxb_css_selector_list_t *> <uintptr_t> held
    encoded = query.encode("utf-8")
    _parser.memory = NULL
    parsed = _parse(_parser, <const lxb_char_t *> encoded, len(encoded))
    _parser.memory = NULL
    if parsed == NULL:
        raise SelectolaxError("Can't parse CSS selector.")
    kept[0] = len(_parsed) < _MAX_PARSED
    if kept[0]:
        _parsed[query] = <uintptr_t> parsed
    return parsed


# A selector list whose parts are compounds of an element's name, ``.class``, ``#id``, ``[attribute]``,
# ``[attribute="value" i]`` and ``:not(a list of these)`` ("h1, h2", "a[href]", "[title]:not(a, area, img)"), or
# ``X Y`` of two such compounds ("h1 a[href]", "body [style]"), is matched here, as lexbor's ``lxb_selectors_match``
# matches each: a name by its id in the document's table, whatever the element's namespace; an attribute by its
# local name's id; a class and an id as lexbor compares them (folded in quirks mode); ``:not()`` where none of its
# compounds matches (``lxb_selectors_cb_not``); ``X Y`` where Y matches and an element among its ancestors matches X,
# as ``lxb_selectors_descendant`` looks for it: every ancestor up to the document, above the searched node too; an
# element once for each part it matches, in the order of lexbor's walk. Without lexbor's state machine, which costs
# most of a search. The ids of the names lexbor knows are its constants, kept once known; another name's id is the
# document's own, looked up for each search. Any other selector (``>``, ``+``, ``~``, another pseudo-class, a value
# without ``i``, whose case lexbor decides by the attribute) is lexbor's to match.
cdef extern from "lexbor/tag/const.h":
    uintptr_t LXB_TAG__LAST_ENTRY
    uintptr_t LXB_TAG__TEXT

cdef extern from "lexbor/dom/interfaces/attr_const.h":
    uintptr_t LXB_DOM_ATTR__LAST_ENTRY
    uintptr_t LXB_DOM_ATTR_CLASS
    uintptr_t LXB_DOM_ATTR_ID

cdef extern from "lexbor/dom/interfaces/attr.h":
    ctypedef struct lxb_dom_attr_data_t:
        uintptr_t attr_id

cdef extern from *:
    """
    #include "lexbor/dom/interfaces/element.h"
    #include "lexbor/dom/interfaces/character_data.h"

    /* An element's class and id, as lexbor's selectors read them (``lxb_selectors_match_class``, ``_id``). */
    static inline const lexbor_str_t *pantau_class_of(lxb_dom_node_t *node)
    {
        lxb_dom_element_t *element = lxb_dom_interface_element(node);
        return element->attr_class == NULL ? NULL : element->attr_class->value;
    }

    static inline const lexbor_str_t *pantau_id_of(lxb_dom_node_t *node)
    {
        lxb_dom_element_t *element = lxb_dom_interface_element(node);
        return element->attr_id == NULL ? NULL : element->attr_id->value;
    }

    /* An element's first attribute (``lxb_dom_element_first_attribute``). */
    static inline lxb_dom_attr_t *pantau_first_attr(lxb_dom_node_t *node)
    {
        return lxb_dom_interface_element(node)->first_attr;
    }

    static inline int pantau_quirks(lxb_dom_node_t *node)
    {
        return node->owner_document->compat_mode == LXB_DOM_DOCUMENT_CMODE_QUIRKS;
    }

    /* A text node's characters (selectolax's ``text_callback``). */
    static inline const lexbor_str_t *pantau_data_of(lxb_dom_node_t *node)
    {
        return &lxb_dom_interface_character_data(node)->data;
    }
    """
    const lexbor_str_t *pantau_class_of(lxb_dom_node_t *node)
    const lexbor_str_t *pantau_id_of(lxb_dom_node_t *node)
    bint pantau_quirks(lxb_dom_node_t *node)
    lxb_dom_attr_t *pantau_first_attr(lxb_dom_node_t *node)
    const lexbor_str_t *pantau_data_of(lxb_dom_node_t *node)

ctypedef const lxb_dom_attr_data_t *(*_attr_data_f)(lexbor_hash_t *attrs, const lxb_char_t *name, size_t length)
cdef _attr_data_f _attr_data = <_attr_data_f> _symbol(_handle, b"lxb_dom_attr_data_by_local_name")

cdef enum:
    _MAX_PARTS = 16
    _MAX_SIMPLE = 4  # attributes, classes and attribute values a compound names, each
    _MAX_COMPOUNDS = 64  # the compounds of a list's parts, their ancestors' and those their ``:not()`` names

cdef struct _Part:
    bint typed
    uintptr_t tag
    Py_ssize_t attributes
    uintptr_t attribute[_MAX_SIMPLE]
    Py_ssize_t classes
    const lxb_char_t *class_[_MAX_SIMPLE]
    size_t class_length[_MAX_SIMPLE]
    const lxb_char_t *id_
    size_t id_length
    Py_ssize_t values
    uintptr_t valued[_MAX_SIMPLE]
    const lxb_char_t *value[_MAX_SIMPLE]
    size_t value_length[_MAX_SIMPLE]
    Py_ssize_t nots  # the compounds of its ``:not()``, those after it
    Py_ssize_t ancestor  # where the part is ``X Y``: X's place among the compounds (after Y's ``:not()``), else 0

cdef dict _simple = {}


cdef bint _name(str name):
    """Whether ``name`` is an element's or an attribute's name written plainly (lower case, no escapes)."""
    return bool(name) and name.isascii() and name[0].isalpha() and name.replace("-", "").isalnum() and name.islower()


cdef bint _word(str word):
    """Whether ``word`` is a class's or an id's name written plainly."""
    return (
        bool(word)
        and word.isascii()
        and (word[0].isalpha() or word[0] == "_")
        and word.replace("-", "").replace("_", "").isalnum()
    )


cdef list _split(str text, str mark):
    """Return ``text`` split at each ``mark`` outside brackets and parentheses (None where they do not close)."""
    cdef Py_ssize_t depth = 0, at, start = 0
    cdef list pieces = []
    for at in range(len(text)):
        if text[at] in "[(":
            depth += 1
        elif text[at] in "])":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and (text[at] == mark or (mark == " " and text[at] in "\t\n")):
            pieces.append(text[start:at])
            start = at + 1
    if depth != 0:
        return None
    pieces.append(text[start:])
    return pieces


cdef object _compound_of(str text, bint negated):
    """Return a compound as ``[name, id, attributes, classes, id, values, nots]`` (names' ids 0 until known): an
    element's name, ``.class``, ``#id``, ``[attribute]``, ``[attribute="value" i]`` and ``:not(list of these)`` (not
    within a ``:not()``, where ``negated``), in any number; or None where it is anything else."""
    cdef Py_ssize_t at = 0, end, size = len(text)
    while at < size and text[at] not in ".#[:":
        at += 1
    name = text[:at]
    if name and not _name(name):
        return None
    attributes, classes, values, nots, id_ = [], [], [], [], None
    while at < size:
        mark = text[at]
        if mark == ":":
            if negated or not text.startswith(":not(", at):
                return None
            end = at + 5
            depth = 1
            while end < size and depth:
                depth += (text[end] == "(") - (text[end] == ")")
                end += 1
            if depth:
                return None
            pieces = _split(text[at + 5 : end - 1], ",")
            if pieces is None:
                return None
            for piece in pieces:
                negation = _compound_of(piece.strip(" \t\n"), True)
                if negation is None:
                    return None
                nots.append(negation)
            at = end
        elif mark == "[":
            end = text.find("]", at)
            if end < 0:
                return None
            inner = text[at + 1 : end]
            key, equal, value = inner.partition("=")
            if not equal:
                if not _name(key):
                    return None
                attributes.append([key.encode(), 0])
            else:
                if not (_name(key) and value.startswith('"') and value.endswith('" i') and len(value) >= 4):
                    return None
                value = value[1 : len(value) - 3]
                if '"' in value or "\\" in value or "]" in value:
                    return None
                values.append([key.encode(), 0, value.encode()])
            at = end + 1
        elif mark == "." or mark == "#":
            end = at + 1
            while end < size and text[end] not in ".#[:":
                end += 1
            word = text[at + 1 : end]
            if not _word(word):
                return None
            if mark == ".":
                classes.append(word.encode())
            elif id_ is None:
                id_ = word.encode()
            else:
                return None
            at = end
        else:  # a name after an attribute or a ``:not()``: lexbor does not take it
            return None
    if not (name or attributes or classes or values or id_ is not None or nots):
        return None
    if max(len(attributes), len(classes), len(values)) > _MAX_SIMPLE:
        return None
    return [name.encode() or None, 0, attributes, classes, id_, values, nots]


cdef object _part_of(str text):
    """Return a part of a selector list as ``[compound, ancestor]``: a compound (``_compound_of``), or ``X Y``, Y
    within an X (the ancestor's compound, else None); or None where it is anything else."""
    pieces = _split(text, " ")
    if pieces is None:
        return None
    pieces = [piece for piece in pieces if piece]
    if not 1 <= len(pieces) <= 2:
        return None
    compounds = [_compound_of(piece, False) for piece in pieces]
    if None in compounds:
        return None
    return [compounds[len(compounds) - 1], compounds[0] if len(compounds) == 2 else None]


cdef Py_ssize_t _size(list compound):
    """The places a compound takes among a search's compounds: its own and its ``:not()``'s."""
    return 1 + len(compound[6])


cdef object _simple_of(str query):
    """Return the parts of ``query`` (``_part_of``), or None where one is anything else (lexbor matches it)."""
    cdef object parts = _simple.get(query, 0)
    cdef Py_ssize_t places = 0
    if parts != 0:
        return parts
    pieces = _split(query, ",")
    parts = [_part_of(text.strip(" \t\n")) for text in pieces] if pieces is not None else [None]
    if None not in parts:
        for part in parts:
            places += _size(part[0]) + (_size(part[1]) if part[1] is not None else 0)
    if None in parts or len(parts) > _MAX_PARTS or places > _MAX_COMPOUNDS:
        parts = None
    if len(_simple) < _MAX_PARSED:
        _simple[query] = parts
    return parts


cdef uintptr_t _id_of(list known, lxb_dom_node_t *root, bint tag):
    """Return the id of ``known``'s name in ``root``'s document (kept where it is lexbor's constant)."""
    cdef uintptr_t id_ = known[1]
    cdef bytes name
    cdef const lxb_dom_attr_data_t *data
    if id_ != 0:
        return id_
    name = known[0]
    if tag:
        id_ = _tag_id(root.owner_document.tags, <const lxb_char_t *> name, len(name))
        if 0 < id_ < LXB_TAG__LAST_ENTRY:
            known[1] = id_
    else:
        data = _attr_data(root.owner_document.attrs, <const lxb_char_t *> name, len(name))
        id_ = data.attr_id if data != NULL else 0
        if 0 < id_ < LXB_DOM_ATTR__LAST_ENTRY:
            known[1] = id_
    return id_


cdef inline lxb_dom_attr_t *_attribute_by_id(lxb_dom_node_t *node, uintptr_t id_) noexcept:
    """Return the element's first attribute of that id (``lxb_dom_element_attr_by_id``)."""
    cdef lxb_dom_attr_t *attr = pantau_first_attr(node)
    while attr != NULL:
        if attr.node.local_name == id_:
            return attr
        attr = attr.next
    return NULL


cdef inline lxb_char_t _lower(lxb_char_t c):
    return c + 32 if 65 <= c <= 90 else c


cdef inline bint _same(const lxb_char_t *one, const lxb_char_t *other, size_t length, bint folded):
    """Whether two strings of ``length`` bytes are equal, in ASCII's cases where ``folded`` (``lexbor_str_data_n*cmp``)."""
    cdef size_t index
    for index in range(length):
        if one[index] != other[index] and not (folded and _lower(one[index]) == _lower(other[index])):
            return False
    return True


cdef bint _has_class(const lexbor_str_t *classes, const lxb_char_t *name, size_t size, bint quirks):
    """Whether ``classes`` lists ``name`` (``lxb_selectors_match_class``)."""
    cdef const lxb_char_t *data
    cdef const lxb_char_t *pos
    cdef const lxb_char_t *end
    cdef lxb_char_t c
    if size == 0 or classes.length < size:
        return False
    data = pos = classes.data
    end = data + classes.length
    while data < end:
        c = data[0]
        if c == 32 or c == 9 or c == 10 or c == 12 or c == 13:
            if <size_t> (data - pos) == size and _same(pos, name, size, quirks):
                return True
            if <size_t> (end - data) < size:
                return False
            pos = data + 1
        data += 1
    return <size_t> (end - pos) == size and _same(pos, name, size, quirks)


cdef inline bint _matches_simple(lxb_dom_node_t *node, _Part *part):
    """Whether an element matches a compound's names, as lexbor's ``lxb_selectors_match`` would."""
    cdef Py_ssize_t index
    cdef const lexbor_str_t *text
    cdef lxb_dom_attr_t *attr
    cdef size_t length
    cdef const lxb_char_t *data
    if part.typed and (part.tag == 0 or node.local_name != part.tag):
        return False
    for index in range(part.attributes):
        if part.attribute[index] == 0 or _attribute_by_id(node, part.attribute[index]) == NULL:
            return False
    if part.id_ != NULL:
        text = pantau_id_of(node)
        if text == NULL or text.data == NULL or text.length != part.id_length:
            return False
        if not _same(text.data, part.id_, part.id_length, pantau_quirks(node)):
            return False
    if part.classes:
        text = pantau_class_of(node)
        if text == NULL or text.data == NULL:
            return False
        for index in range(part.classes):
            if not _has_class(text, part.class_[index], part.class_length[index], pantau_quirks(node)):
                return False
    for index in range(part.values):
        if part.valued[index] == 0:
            return False
        attr = _attribute_by_id(node, part.valued[index])
        if attr == NULL:
            return False
        length = attr.value.length if attr.value != NULL else 0
        if length != part.value_length[index] or (length and not _same(attr.value.data, part.value[index], length, True)):
            return False
    return True


cdef inline bint _matches(lxb_dom_node_t *node, _Part *part):
    """Whether an element matches a compound: its names, and none of its ``:not()``'s compounds (lexbor's
    ``lxb_selectors_cb_not``)."""
    cdef Py_ssize_t index
    if not _matches_simple(node, part):
        return False
    for index in range(1, part.nots + 1):
        if _matches_simple(node, part + index):
            return False
    return True


cdef inline bint _matches_part(lxb_dom_node_t *node, _Part *part):
    """Whether an element matches a part: its compound, and where it is ``X Y`` an element among its ancestors
    matching X. lexbor's ``lxb_selectors_descendant`` looks at every ancestor, within the searched node or not, to
    the document."""
    cdef _Part *ancestor
    if not _matches(node, part):
        return False
    if part.ancestor == 0:
        return True
    ancestor = part + part.ancestor
    node = node.parent
    while node != NULL:
        if node.type == LXB_DOM_NODE_TYPE_ELEMENT and _matches(node, ancestor):
            return True
        node = node.parent
    return False


cdef Py_ssize_t _prepare_compound(_Part *part, list known, lxb_dom_node_t *root):
    """Fill ``part`` and those after it from a compound's parsed form and its ``:not()``'s, with the names' ids in
    ``root``'s document; return how many were filled."""
    cdef Py_ssize_t index
    cdef bytes text
    part.typed = known[0] is not None
    part.tag = _id_of(known, root, True) if part.typed else 0
    part.attributes = len(known[2])
    for index in range(part.attributes):
        part.attribute[index] = _id_of(known[2][index], root, False)
    part.classes = len(known[3])
    for index in range(part.classes):
        text = known[3][index]
        part.class_[index], part.class_length[index] = <const lxb_char_t *> text, len(text)
    text = known[4]
    part.id_, part.id_length = NULL, 0
    if text is not None:
        part.id_, part.id_length = <const lxb_char_t *> text, len(text)
    part.values = len(known[5])
    for index in range(part.values):
        part.valued[index] = _id_of(known[5][index], root, False)
        text = known[5][index][2]
        part.value[index], part.value_length[index] = <const lxb_char_t *> text, len(text)
    part.nots = len(known[6])
    part.ancestor = 0
    for index in range(part.nots):
        _prepare_compound(part + 1 + index, <list> known[6][index], root)
    return 1 + part.nots


cdef Py_ssize_t _prepare(_Part *part, list known, lxb_dom_node_t *root):
    """Fill ``part`` and those after it from a part's parsed form (``_part_of``); return how many were filled."""
    cdef Py_ssize_t filled = _prepare_compound(part, <list> known[0], root)
    if known[1] is not None:
        part.ancestor = filled
        filled += _prepare_compound(part + filled, <list> known[1], root)
    return filled


# The elements of the last document searched whole, in the order of lexbor's walk, each with its tag's id and where
# its subtree ends: a search of the document, or of an element in it, scans a range of these instead of walking the
# tree again. The analysis takes parts out of the tree between its searches (``decompose``, ``strip_tags``, a part
# moved by ``insert_child``): every such call of selectolax counts itself in the parser's ``_mutation_count``, and
# the index is used only at the count it was made at. It is made again by the next search of the whole document
# (from the document, its root or its body); a search of an inner element meanwhile walks that element's tree. A part
# taken out by ``decompose`` below keeps it current: its elements' places are left empty (``_nodes`` NULL). An
# element knows its place by its ``user`` field (lexbor's, which neither lexbor nor selectolax uses), checked
# against the index, so that an element taken out (or a clone) is never taken for another. The index holds its
# parser, so that no other parser is taken for it at the same address.
cdef lxb_dom_node_t **_nodes = NULL
cdef uintptr_t *_tags = NULL
cdef Py_ssize_t *_ends = NULL
cdef Py_ssize_t _indexed_count = 0, _indexed_room = 0
cdef object _indexed = None
cdef unsigned long _indexed_at = 0


# Lists of the index's places, one after the other in ``_pool``: a search reads, for each of its parts, only the
# places of the elements of the part's name, else of those with its first attribute, a class or an id, in the order
# of the walk. The lists of lexbor's own names (ids below ``LXB_TAG__LAST_ENTRY``) are made with the index, in one
# pass: each ends at ``_tag_end`` and holds ``_tag_size`` places. Another list is made when a search first asks for
# it (at most ``_MAX_LISTS`` an index; beyond, the search scans the range).
cdef enum:
    _MAX_LISTS = 32

cdef enum _Key:
    _BY_TAG
    _BY_ATTRIBUTE
    _BY_CLASS
    _BY_ID

cdef _Key _list_kind[_MAX_LISTS]
cdef uintptr_t _list_tag[_MAX_LISTS]
cdef Py_ssize_t _list_start[_MAX_LISTS]
cdef Py_ssize_t _list_size[_MAX_LISTS]
cdef Py_ssize_t _lists = 0
cdef Py_ssize_t *_pool = NULL
cdef Py_ssize_t _pool_used = 0, _pool_room = 0
cdef Py_ssize_t *_tag_size = <Py_ssize_t *> realloc(NULL, LXB_TAG__LAST_ENTRY * sizeof(Py_ssize_t))
cdef Py_ssize_t *_tag_end = <Py_ssize_t *> realloc(NULL, LXB_TAG__LAST_ENTRY * sizeof(Py_ssize_t))
if _tag_size == NULL or _tag_end == NULL:
    raise MemoryError()


cdef int _grow(Py_ssize_t room) except -1:
    """Make room for ``room`` elements in the index."""
    cdef void *nodes = realloc(_nodes, room * sizeof(lxb_dom_node_t *))
    cdef void *tags
    cdef void *ends
    if nodes == NULL:
        raise MemoryError()
    global _nodes, _tags, _ends, _indexed_room
    _nodes = <lxb_dom_node_t **> nodes
    tags = realloc(_tags, room * sizeof(uintptr_t))
    if tags == NULL:
        raise MemoryError()
    _tags = <uintptr_t *> tags
    ends = realloc(_ends, room * sizeof(Py_ssize_t))
    if ends == NULL:
        raise MemoryError()
    _ends = <Py_ssize_t *> ends
    _indexed_room = room
    return 0


cdef int _index(LexborHTMLParser parser, lxb_dom_node_t *document) except -1:
    """Index ``document``'s elements (``parser``'s), in the order of lexbor's walk."""
    global _indexed, _indexed_at, _indexed_count
    cdef lxb_dom_node_t *at = document.first_child
    cdef Py_ssize_t count = 0, depth = 0, rooms = 64
    cdef Py_ssize_t *open_ = <Py_ssize_t *> realloc(NULL, rooms * sizeof(Py_ssize_t))
    cdef void *grown
    if open_ == NULL:
        raise MemoryError()
    _indexed = None
    try:
        while at != NULL:
            if at.type == LXB_DOM_NODE_TYPE_ELEMENT:
                if count == _indexed_room:
                    _grow(_indexed_room * 2 if _indexed_room else 1024)
                if depth == rooms:
                    rooms *= 2
                    grown = realloc(open_, rooms * sizeof(Py_ssize_t))
                    if grown == NULL:
                        raise MemoryError()
                    open_ = <Py_ssize_t *> grown
                _nodes[count], _tags[count] = at, at.local_name
                at.user = <void *> <uintptr_t> (count + 1)
                open_[depth] = count
                depth += 1
                count += 1
                if at.first_child != NULL:
                    at = at.first_child
                    continue
                depth -= 1
                _ends[open_[depth]] = count
            while at != document and at.next == NULL:
                at = at.parent
                if at != document and at.type == LXB_DOM_NODE_TYPE_ELEMENT:
                    depth -= 1
                    _ends[open_[depth]] = count
            if at == document:
                break
            at = at.next
    finally:
        free(open_)
    _indexed, _indexed_at, _indexed_count = parser, parser._mutation_count, count
    _list_by_tags()
    return 0


cdef int _list_by_tags() except -1:
    """Make the lists of the index's elements of each of lexbor's own names, in one pass (a counting sort)."""
    global _lists, _pool, _pool_used, _pool_room
    cdef Py_ssize_t place
    cdef uintptr_t tag
    cdef void *grown
    if _indexed_count * 2 > _pool_room:
        grown = realloc(_pool, _indexed_count * 4 * sizeof(Py_ssize_t))
        if grown == NULL:
            raise MemoryError()
        _pool, _pool_room = <Py_ssize_t *> grown, _indexed_count * 4
    memset(_tag_size, 0, LXB_TAG__LAST_ENTRY * sizeof(Py_ssize_t))
    for place in range(_indexed_count):
        tag = _tags[place]
        if tag < LXB_TAG__LAST_ENTRY:
            _tag_size[tag] += 1
    _pool_used = 0
    for tag in range(LXB_TAG__LAST_ENTRY):
        _tag_end[tag] = _pool_used
        _pool_used += _tag_size[tag]
    for place in range(_indexed_count):
        tag = _tags[place]
        if tag < LXB_TAG__LAST_ENTRY:
            _pool[_tag_end[tag]] = place
            _tag_end[tag] += 1
    _lists = 0
    return 0


cdef Py_ssize_t _list_of(_Key kind, uintptr_t key) except -2:
    """Return the list of the index's elements of a name, or with an attribute of that id, or a class, or an id (made
    where it is not yet), or -1 where there is no room."""
    global _lists, _pool, _pool_used, _pool_room
    cdef Py_ssize_t which, place, used = _pool_used
    cdef lxb_dom_node_t *at
    cdef bint listed
    cdef void *grown
    for which in range(_lists):
        if _list_kind[which] == kind and _list_tag[which] == key:
            return which
    if _lists == _MAX_LISTS:
        return -1
    if used + _indexed_count > _pool_room:
        grown = realloc(_pool, (used + _indexed_count) * 2 * sizeof(Py_ssize_t))
        if grown == NULL:
            raise MemoryError()
        _pool, _pool_room = <Py_ssize_t *> grown, (used + _indexed_count) * 2
    for place in range(_indexed_count):
        at = _nodes[place]
        if at == NULL:  # taken out (``decompose``)
            continue
        if kind == _BY_TAG:
            listed = _tags[place] == key
        elif kind == _BY_ATTRIBUTE:
            listed = _attribute_by_id(at, key) != NULL
        elif kind == _BY_CLASS:
            listed = pantau_class_of(at) != NULL
        else:
            listed = pantau_id_of(at) != NULL
        if listed:
            _pool[used] = place
            used += 1
    _list_kind[_lists], _list_tag[_lists] = kind, key
    _list_start[_lists], _list_size[_lists] = _pool_used, used - _pool_used
    _pool_used = used
    _lists += 1
    return _lists - 1


cdef inline Py_ssize_t _first_at(Py_ssize_t start, Py_ssize_t end, Py_ssize_t place):
    """Return where, in ``_pool[start:end]`` (ascending places), the first place from ``place`` on is."""
    cdef Py_ssize_t middle
    while start < end:
        middle = (start + end) >> 1  # both at least 0: no floor division's sign test
        if _pool[middle] < place:
            start = middle + 1
        else:
            end = middle
    return start


cdef inline bint _whole(lxb_dom_node_t *root):
    """Whether a search of ``root`` is one of the whole document: from the document, its root or its body."""
    return (
        root.type == LXB_DOM_NODE_TYPE_DOCUMENT
        or root.parent == NULL
        or root.parent.type == LXB_DOM_NODE_TYPE_DOCUMENT
        or (root.parent.parent != NULL and root.parent.parent.type == LXB_DOM_NODE_TYPE_DOCUMENT)
    )


cdef bint _indexed_range(LexborNode node, lxb_dom_node_t *root, Py_ssize_t *low, Py_ssize_t *high) except -1:
    """Set the range of the index a search of ``node`` (whose tree starts at ``root``) scans; return whether there
    is one (the index made first where the search is one of the whole document and the index is not current)."""
    cdef LexborHTMLParser parser = node.parser
    cdef lxb_dom_node_t *document
    cdef Py_ssize_t place
    if parser is None or node._is_template_content or parser.document == NULL:
        return False
    document = &(<lxb_dom_document_t *> parser.document).node
    if not (_indexed is parser and _indexed_at == parser._mutation_count):
        if not _whole(root):
            return False
        _index(parser, document)
    if root.type == LXB_DOM_NODE_TYPE_DOCUMENT:
        if root != document:
            return False
        low[0], high[0] = 0, _indexed_count
        return True
    place = <Py_ssize_t> <uintptr_t> root.user - 1
    if place < 0 or place >= _indexed_count or _nodes[place] != root:
        return False
    low[0], high[0] = place, _ends[place]
    return True


def decompose(LexborNode node) -> None:
    """``node.decompose()``, the index kept current where it was: the places of ``node`` and of what it holds are
    left empty, and the searches that follow skip them instead of indexing the document again (five times a page,
    as the analysis takes its parts out one after the other). Only ``node`` is unlinked (``decompose(False)``): what
    it holds stays linked under it, out of the tree (selectolax's ``decompose()`` unlinks each of its nodes, a
    walk of the part; lexbor frees none of them before the document goes). The analysis reads no node of a part
    once it is taken out (it keeps those outside it: ``page._outside``)."""
    _decompose(node)


cdef int _decompose(LexborNode node) except -1:
    global _indexed_at
    cdef LexborHTMLParser parser = node.parser
    cdef lxb_dom_node_t *at = node.node
    cdef Py_ssize_t place = <Py_ssize_t> <uintptr_t> at.user - 1, end
    cdef bint kept = (
        parser is not None
        and _indexed is parser
        and _indexed_at == parser._mutation_count
        and 0 <= place < _indexed_count
        and _nodes[place] == at
    )
    node.decompose(False)
    if kept:
        for end in range(place, _ends[place]):
            _nodes[end] = NULL
        _indexed_at = parser._mutation_count
    return 0


cdef Py_ssize_t _list_for(_Part *part) except -3:
    """Return the list of the elements that may match a part: those of its element's name, else with its first
    attribute, its class, its id; -1 where none may (a name or an attribute's name the document does not have), -2
    where the part names nothing of these (``:not()`` alone) or the lists have no room."""
    cdef Py_ssize_t which
    if part.typed:
        if part.tag == 0:
            return -1
        which = _list_of(_BY_TAG, part.tag)
    elif part.attributes:
        if part.attribute[0] == 0:
            return -1
        which = _list_of(_BY_ATTRIBUTE, part.attribute[0])
    elif part.classes:
        which = _list_of(_BY_CLASS, 0)
    elif part.id_ != NULL:
        which = _list_of(_BY_ID, 0)
    elif part.values:
        if part.valued[0] == 0:
            return -1
        which = _list_of(_BY_ATTRIBUTE, part.valued[0])
    else:
        return -2
    return -2 if which < 0 else which


cdef bint _listed_search(
    LexborNode node,
    _Part *prepared,
    Py_ssize_t *starts,
    Py_ssize_t count,
    Py_ssize_t low,
    Py_ssize_t high,
    uintptr_t skipped,
    int first,
    list found,
) except -1:
    """Add to ``found`` the elements of the index's places ``low`` to ``high`` that match the parts, from the lists
    of the elements that may match each (``_list_for``), as the scan of those places would (an element once for each
    part, in the parts' order); return False, having added none, where a part has no list."""
    cdef Py_ssize_t cursor[_MAX_PARTS]
    cdef Py_ssize_t last[_MAX_PARTS]
    cdef Py_ssize_t index, which, place, start, end
    cdef _Part *part
    cdef lxb_dom_node_t *at
    for index in range(count):
        part = &prepared[starts[index]]
        cursor[index] = last[index] = 0
        if part.typed and 0 < part.tag < LXB_TAG__LAST_ENTRY:
            end = _tag_end[part.tag]
            start = end - _tag_size[part.tag]
        else:
            which = _list_for(part)
            if which == -1:  # a name, or an attribute, the document does not have
                continue
            if which < 0:
                return False
            start, end = _list_start[which], _list_start[which] + _list_size[which]
        cursor[index] = _first_at(start, end, low)
        last[index] = _first_at(cursor[index], end, high)
    if _one_own_compound(prepared, starts, count):
        return _ancestors_by_name(node, prepared, starts, count, cursor[0], last[0], skipped, first, found)
    while True:
        place = high
        for index in range(count):
            if cursor[index] < last[index] and _pool[cursor[index]] < place:
                place = _pool[cursor[index]]
        if place == high:
            return True
        at = _nodes[place]
        for index in range(count):
            if cursor[index] < last[index] and _pool[cursor[index]] == place:
                cursor[index] += 1
                if at != NULL and _matches_part(at, &prepared[starts[index]]) and <uintptr_t> at != skipped:
                    found.append(_made(at, node.parser, first))
                    if first & _FIRST:  # not every element wanted
                        return True


cdef list _simple_search(LexborNode node, str query, list parts, int first):
    """Return the elements in ``node`` (the node too) that match ``parts`` (``query``'s), once for each part they
    match, in the order of lexbor's walk."""
    cdef LexborNode start = node._get_node()
    cdef lxb_dom_node_t *root = start.node
    cdef _Part prepared[_MAX_COMPOUNDS]
    cdef Py_ssize_t starts[_MAX_PARTS]
    cdef Py_ssize_t count = len(parts), index, filled = 0
    for index in range(count):
        starts[index] = filled
        filled += _prepare(&prepared[filled], <list> parts[index], root)
    _keep_prepared(query, parts, prepared, starts, count, filled)
    return _prepared_search(node, root, prepared, starts, count, first)


cdef list _prepared_search(
    LexborNode node, lxb_dom_node_t *root, _Part *prepared, Py_ssize_t *starts, Py_ssize_t count, int first
):
    """Return the elements in ``node`` (whose tree starts at ``root``) that match the prepared parts, once for each
    part they match, in the order of lexbor's walk."""
    cdef lxb_dom_node_t *at
    cdef uintptr_t skipped = <uintptr_t> node.parser._fragment_wrapper if node.parser is not None else 0
    cdef _Part *part
    cdef Py_ssize_t index, low = 0, high = 0, place
    cdef uintptr_t tag
    cdef list found = []
    if _indexed_range(node, root, &low, &high):
        if _listed_search(node, prepared, starts, count, low, high, skipped, first, found):
            return found
        for place in range(low, high):
            at, tag = _nodes[place], _tags[place]
            if at == NULL:  # taken out (``decompose``)
                continue
            for index in range(count):
                part = &prepared[starts[index]]
                if part.typed and tag != part.tag:
                    continue
                if _matches_part(at, part) and <uintptr_t> at != skipped:
                    found.append(_made(at, node.parser, first))
                    if first & _FIRST:  # not every element wanted
                        return found
        return found
    if node._is_template_content:
        at = root.first_child
    else:
        at = root.first_child if root.type == LXB_DOM_NODE_TYPE_DOCUMENT else root
    while at != NULL:
        if at.type == LXB_DOM_NODE_TYPE_ELEMENT:
            for index in range(count):
                part = &prepared[starts[index]]
                if part.typed and at.local_name != part.tag:  # most elements, without a call where it is not inlined
                    continue
                if _matches_part(at, part) and <uintptr_t> at != skipped:
                    found.append(_made(at, node.parser, first))
                    if first & _FIRST:  # not every element wanted
                        return found
            if at.first_child != NULL:
                at = at.first_child
                continue
        while at != root and at.next == NULL:
            at = at.parent
        if at == root:
            break
        at = at.next
    return found


cdef list _search(LexborNode node, str query, int first):
    cdef object ready = _kept_prepared.get(query)
    cdef LexborNode at
    if ready is not None:  # most searches: the query's parts prepared before, their names all lexbor's own
        at = node._get_node()
        return _prepared_search(
            node, at.node, (<_Prepared> ready).parts, (<_Prepared> ready).starts, (<_Prepared> ready).count, first
        )
    cdef object parts = _simple_of(query)
    if parts is not None:
        return _simple_search(node, query, <list> parts, first)
    cdef bint kept = False
    cdef lxb_css_selector_list_t *parsed = _selector(query, &kept)
    cdef LexborNode start = node._get_node()
    cdef _Search search = _Search()
    search.found = []
    search.parser = node.parser
    search.skipped = <uintptr_t> node.parser._fragment_wrapper if node.parser is not None else 0
    search.first = first & _FIRST
    lxb_selectors_opt_set(_selectors, LXB_SELECTORS_OPT_DEFAULT if node._is_template_content else LXB_SELECTORS_OPT_MATCH_ROOT)
    try:
        _find(_selectors, start.node, parsed, <_found_f> _found, <void *> search)
    finally:
        lxb_selectors_opt_set(_selectors, LXB_SELECTORS_OPT_MATCH_ROOT)
        if not kept:
            _list_destroy(parsed)
    if search.error is not None:
        raise search.error
    return search.found


def select(object searched, str query) -> list:
    """Return ``searched.css(query)`` (a node's or a document's): what matches, in document order."""
    cdef LexborNode node = _start(searched)
    return _search(node, query, _ALL) if node is not None else []


def select_first(object searched, str query):
    """Return ``searched.css_first(query)``: the first of them, or None."""
    cdef LexborNode node = _start(searched)
    found = _search(node, query, _FIRST) if node is not None else None
    return found[0] if found else None


cdef inline LexborNode _start(object searched):
    """Return the node a search of ``searched`` starts at: the node, or a document's root (None where it has none)."""
    return searched if type(searched) is LexborNode else (<LexborHTMLParser?> searched).root


cdef const lexbor_str_t *_named_value(lxb_dom_node_t *node, const char *name, size_t size, bint *found) noexcept:
    """Return the value of the last attribute named ``name`` (NULL where it has none), and whether there is one."""
    cdef lxb_dom_attr_t *attr = _first_attr(<lxb_dom_element_t *> node)
    cdef const lxb_char_t *key
    cdef size_t length = 0
    cdef const lexbor_str_t *value = NULL
    found[0] = False
    while attr != NULL:
        key = _attr_name(attr, &length)
        if length == size and key != NULL and memcmp(key, name, size) == 0:
            found[0] = True
            value = attr.value if attr.value != NULL and attr.value.data != NULL else NULL
        attr = attr.next
    return value


cdef inline str _decoded(const lexbor_str_t *value):
    return PyUnicode_DecodeUTF8(<const char *> value.data, value.length, "replace") if value != NULL else None


cdef inline lxb_dom_node_t *_next(lxb_dom_node_t *at, lxb_dom_node_t *root, bint into) noexcept:
    """Return the node after ``at`` in a walk of ``root`` (``lxb_dom_node_simple_walk``'s order; into ``at``'s
    children where ``into``), or NULL at the walk's end."""
    if into and at.first_child != NULL:
        return at.first_child
    while at != root and at.next == NULL:
        at = at.parent
    return NULL if at == root else at.next


cdef inline lxb_dom_node_t *_walk_start(LexborNode node, lxb_dom_node_t *root) noexcept:
    """Return where a search of ``node`` (whose tree starts at ``root``) starts: lexbor's walk from the node itself
    (``LXB_SELECTORS_OPT_MATCH_ROOT``), or from its first child (a template's content, or a document)."""
    if node._is_template_content or root.type == LXB_DOM_NODE_TYPE_DOCUMENT:
        return root.first_child
    return root


cdef class _Text:
    """A growing buffer of UTF-8 bytes."""
    cdef char *data
    cdef Py_ssize_t size
    cdef Py_ssize_t room

    def __dealloc__(self):
        free(self.data)

    cdef int add(self, const char *data, Py_ssize_t length) except -1:
        cdef Py_ssize_t room = self.room or 256
        cdef char *grown
        if self.size + length > self.room:
            while room < self.size + length:
                room *= 2
            grown = <char *> realloc(self.data, room)
            if grown == NULL:
                raise MemoryError()
            self.data, self.room = grown, room
        if length:
            memcpy(self.data + self.size, data, length)
        self.size += length
        return 0


cdef int _add(lxb_dom_node_t *node, _Text buffer, bytes separator, list parts, Py_ssize_t *count) except -1:
    """Add a text node's characters to ``buffer`` after ``separator`` (or, stripped, to ``parts``), as selectolax's
    ``TextContainer.add_bytes``."""
    cdef const lexbor_str_t *data = pantau_data_of(node)
    if data.data == NULL:
        return 0
    if parts is not None:
        parts.append(PyUnicode_DecodeUTF8(<const char *> data.data, data.length, "replace").strip())
        return 0
    if count[0] > 0 and len(separator) > 0:
        buffer.add(<const char *> separator, len(separator))
    buffer.add(<const char *> data.data, data.length)
    count[0] += 1
    return 0


# ``text_of``'s buffer, made once (nothing is called back while it is filled): a page asks for hundreds of texts.
cdef _Text _text_buffer = _Text()
cdef Py_ssize_t _MAX_KEPT_TEXT = 1 << 20


cdef int _fill(LexborNode node, str separator, list parts, bint deep) except -1:
    """Fill ``_text_buffer`` (or, where ``parts`` is not None, ``parts``) with ``text_of``'s text of ``node``."""
    cdef LexborNode start = node._get_node()
    cdef lxb_dom_node_t *root = start.node
    cdef lxb_dom_node_t *at = root.first_child
    cdef _Text buffer = _text_buffer
    cdef bytes joiner = b" " if separator == " " else separator.encode("utf-8") if separator else b""
    cdef Py_ssize_t count = 0
    buffer.size = 0
    if root == node.node and root.type == LXB_DOM_NODE_TYPE_TEXT:
        _add(root, buffer, joiner, parts, &count)
    if deep:
        while at != NULL:
            if at.local_name == LXB_TAG__TEXT:
                _add(at, buffer, joiner, parts, &count)
            at = _next(at, root, True)
    else:
        while at != NULL:
            if at.type == LXB_DOM_NODE_TYPE_TEXT:
                _add(at, buffer, joiner, parts, &count)
            at = at.next
    return 0


cdef str _decoded_from(_Text buffer):
    """Return the buffer's text, letting go of its room where a huge page's text filled it."""
    if buffer.size == 0:
        return ""
    text = _utf8_text(buffer.data, buffer.size)
    if buffer.room > _MAX_KEPT_TEXT:  # a huge page's text is not held on to
        free(buffer.data)
        buffer.data, buffer.room = NULL, 0
    return text


def text_of(LexborNode node, str separator="", bint strip=False, bint deep=True) -> str:
    """Return ``node.text(deep=deep, separator=separator, strip=strip)``: the characters of the text nodes within
    the node (only its children where not ``deep``; the node's own where it is one), in document order, joined by
    ``separator``, each stripped where ``strip``. selectolax's walk calls back into Python for each node and grows a
    bytearray for each piece of text; here they are copied into one buffer, decoded once."""
    cdef list parts = [] if strip else None
    _fill(node, separator, parts, deep)
    if strip:
        return separator.join(parts)
    return _decoded_from(_text_buffer)


# ``words_of``'s buffer, filled from ``text_of``'s.
cdef _Text _words_buffer = _Text()


def words_of(LexborNode node, str separator="") -> str:
    """Return ``" ".join(text_of(node, separator).split())``: the text's bytes are squashed as a link's text is
    (``_squashed``, below), before the one decoding, with no list of words made; with no separator or a space,
    straight from the text nodes (``_words_of_walked``)."""
    cdef _Text words = _words_buffer
    if (separator == "" or separator == " ") and _words_of_walked(words, node, separator == ""):
        return _decoded_from(words)
    _fill(node, separator, None, True)
    words.size = 0
    _squashed(words, <const lxb_char_t *> _text_buffer.data, _text_buffer.size)
    if _text_buffer.room > _MAX_KEPT_TEXT:
        free(_text_buffer.data)
        _text_buffer.data, _text_buffer.room = NULL, 0
    return _decoded_from(words)


# A page's links, read as ``page._links`` read them with the searches above and selectolax's ``attributes``: for
# each ``a[href]`` and ``area[href]`` in the nodes, in the order of lexbor's walk, the attributes it reads (by their
# names as written, the last of a name), and its text squashed as ``" ".join(text.split())`` squashes it. The
# squashing is done on lexbor's UTF-8 bytes, before the one decoding: a character ``str.split`` takes for a space
# (``_space``) is a whole sequence of bytes that starts no other character and is never part of a faulty one, so
# the words between are the same bytes, and decode the same.
cdef extern from "lexbor/tag/const.h":
    uintptr_t LXB_TAG_A
    uintptr_t LXB_TAG_AREA
    uintptr_t LXB_TAG_IMG

cdef extern from "lexbor/dom/interfaces/attr_const.h":
    uintptr_t LXB_DOM_ATTR_HREF

from urllib.parse import urljoin

cdef extern from *:
    """
    /* ``tuple.__new__(kind, (first, second))`` (as ``tuple_subtype_new`` makes it), without the look-up of the
       method and the tuple made first: a page has hundreds of links. */
    static PyObject *pantau_pair_of(PyObject *kind, PyObject *first, PyObject *second)
    {
        PyObject *made = ((PyTypeObject *) kind)->tp_alloc((PyTypeObject *) kind, 2);
        if (made == NULL)
            return NULL;
        Py_INCREF(first);
        PyTuple_SET_ITEM(made, 0, first);
        Py_INCREF(second);
        PyTuple_SET_ITEM(made, 1, second);
        return made;
    }
    """
    object pantau_pair_of(object kind, object first, object second)

cdef enum:
    _MAX_LINK_IMAGES = 500  # a link's images whose alt and title are read (``page._MAX_IMAGES``)


cdef inline size_t _space(const lxb_char_t *data, size_t left):
    """Return the length of the character at ``data`` where ``str.split`` takes it for a space, else 0: ASCII's
    tab to carriage return, the four separators 0x1c to 0x1f and the space; U+0085, U+00A0, U+1680, U+2000 to
    U+200A, U+2028, U+2029, U+202F, U+205F and U+3000."""
    cdef lxb_char_t c = data[0]
    if c < 0x80:
        return 1 if (9 <= c <= 13 or 28 <= c <= 32) else 0
    if left < 2:
        return 0
    if c == 0xC2:
        return 2 if data[1] == 0x85 or data[1] == 0xA0 else 0
    if left < 3:
        return 0
    if c == 0xE1:
        return 3 if data[1] == 0x9A and data[2] == 0x80 else 0
    if c == 0xE2:
        if data[1] == 0x80:
            return 3 if data[2] <= 0x8A or data[2] == 0xA8 or data[2] == 0xA9 or data[2] == 0xAF else 0
        return 3 if data[1] == 0x81 and data[2] == 0x9F else 0
    if c == 0xE3:
        return 3 if data[1] == 0x80 and data[2] == 0x80 else 0
    return 0


cdef int _squashed(_Text buffer, const lxb_char_t *data, size_t length) except -1:
    """Add ``data``'s words to ``buffer``, one space between two (and before the first where the buffer has any):
    the buffer holds ``" ".join(text.split())`` of all that was added, each part ending a word (``_words_into``)."""
    _words_into(buffer, data, length, False)
    return 0


cdef int _squashed_text(_Text buffer, lxb_dom_node_t *root) except -1:
    """Add the words of ``root``'s text (``text_of(root, " ")``) to ``buffer``."""
    cdef lxb_dom_node_t *at = root.first_child
    cdef const lexbor_str_t *data
    if root.type == LXB_DOM_NODE_TYPE_TEXT:
        at = root  # its own characters; a text node has no children
    while at != NULL:
        if at.local_name == LXB_TAG__TEXT:
            data = pantau_data_of(at)
            if data.data != NULL:
                _squashed(buffer, data.data, data.length)
        at = _next(at, root, True)
    return 0


cdef int _add_words_of(_Text buffer, lxb_dom_node_t *node, const char *name, size_t size) except -1:
    cdef bint found
    cdef const lexbor_str_t *value = _named_value(node, name, size, &found)
    if value != NULL:
        _squashed(buffer, value.data, value.length)
    return 0


cdef bint _holds(lxb_dom_node_t *at, lxb_dom_node_t *root, uintptr_t tag, uintptr_t skipped):
    """Whether the walk from ``at`` over ``root`` meets an element of ``tag`` (``select_first``'s)."""
    while at != NULL:
        if at.type == LXB_DOM_NODE_TYPE_ELEMENT and at.local_name == tag and <uintptr_t> at != skipped:
            return True
        at = _next(at, root, at.type == LXB_DOM_NODE_TYPE_ELEMENT)
    return False


cpdef str absolute(str href, str base_url, str scheme, str root):
    """Return ``href`` made absolute against ``base_url``, whose scheme (with its colon) and ``scheme://host`` are
    ``scheme`` and ``root``: urljoin costs more than the rest of a link, and most links are absolute or rooted."""
    href = href.strip()
    if "/." in href or "\\" in href:
        return urljoin(base_url, href)
    if href.startswith("/"):
        return scheme + href if href.startswith("//") else root + href
    if href.startswith("http://") or href.startswith("https://"):
        return href
    return urljoin(base_url, href)


cdef class _Links:
    """One reading of links: where they go, what they are made as, and what was read."""
    cdef object link
    cdef str base_url, scheme, root
    cdef dict addresses
    cdef list titles
    cdef list found
    cdef _Text text
    cdef uintptr_t skipped

    cdef int add(self, lxb_dom_node_t *anchor, bint own, bint pictured) except -1:
        """Read the link ``anchor`` (``own``: the node given, itself a link, read only with an address)."""
        cdef _LinkValues values
        cdef const lexbor_str_t *href
        cdef lxb_dom_node_t *at
        cdef Py_ssize_t images = 0
        cdef int plain
        _link_values(anchor, &values, self.titles is not None)  # its attributes walked once, not once a name
        href = values.href
        if self.titles is not None:
            if values.titled:
                self.titles.append(_decoded(values.title) or "")
            if values.labelled:
                self.titles.append(_decoded(values.label) or "")
        if own and (href == NULL or href.length == 0):
            return 0
        self.text.size = 0
        if anchor.local_name == LXB_TAG_AREA:  # an image map's link: its alt is its text
            _add_words_of(self.text, anchor, b"alt", 3)
        else:
            _squashed_text(self.text, anchor)
        if pictured:  # and the alt and title of its images
            at = anchor
            while at != NULL and images < _MAX_LINK_IMAGES:
                if at.type == LXB_DOM_NODE_TYPE_ELEMENT and at.local_name == LXB_TAG_IMG and <uintptr_t> at != self.skipped:
                    _add_words_of(self.text, at, b"alt", 3)
                    _add_words_of(self.text, at, b"title", 5)
                    images += 1
                at = _next(at, anchor, at.type == LXB_DOM_NODE_TYPE_ELEMENT)
        text = PyUnicode_DecodeUTF8(self.text.data, self.text.size, "replace") if self.text.size else ""
        plain = _plain(href.data, href.length) if href != NULL else _JOINED
        # Made as ``absolute`` makes it, without the string's hash for the addresses made before; a rooted one of
        # ASCII made at once after the root (``_rooted``), not decoded and then joined to it.
        if plain == _ROOTED:
            address = _rooted(self.root, href.data, href.length)
            if address is None:
                address = self.root + _decoded(href)
        elif plain == _AS_IS:
            address = _decoded(href)
        elif plain == _NETWORK:
            address = self.scheme + _decoded(href)
        else:
            key = _decoded(href) or ""
            address = self.addresses.get(key)
            if address is None:
                address = self.addresses[key] = absolute(key, self.base_url, self.scheme, self.root)
        self.found.append(pantau_pair_of(self.link, text, address))
        return 0


def links_in(
    object nodes, object link, str base_url, str scheme, str root, list titles, bint images, list bounds
) -> list:
    """Return ``page._links``' links of ``nodes``, each made as ``link(text, address)``: the node where it is an
    ``a`` or an ``area`` with an address, else each ``a[href]`` and ``area[href]`` in it (``select``'s), its address
    made absolute (``absolute``) and its text squashed, an image map's its alt; with ``images``, the alt and title of
    a link's images too, where the node has an image. The ``title`` and ``aria-label`` of each go to ``titles``
    (where not None), the count of links found after each node to ``bounds`` (where not None)."""
    cdef _Links reading = _Links()
    cdef LexborNode node, start
    cdef lxb_dom_node_t *top
    cdef lxb_dom_node_t *at
    cdef bint pictured
    if not (isinstance(link, type) and issubclass(link, tuple)):
        raise TypeError("a link is made as a tuple's kind")
    reading.link, reading.base_url, reading.scheme, reading.root = link, base_url, scheme, root
    reading.addresses, reading.titles, reading.found, reading.text = {}, titles, [], _Text()
    for node in nodes:
        start = node._get_node()
        top = start.node
        reading.skipped = <uintptr_t> node.parser._fragment_wrapper if node.parser is not None else 0
        at = _walk_start(node, top)
        pictured = images and _holds(at, top, LXB_TAG_IMG, reading.skipped)
        if node.node.type == LXB_DOM_NODE_TYPE_ELEMENT and (
            node.node.local_name == LXB_TAG_A or node.node.local_name == LXB_TAG_AREA
        ):
            reading.add(node.node, True, pictured)
        else:
            while at != NULL:
                if (
                    at.type == LXB_DOM_NODE_TYPE_ELEMENT
                    and (at.local_name == LXB_TAG_A or at.local_name == LXB_TAG_AREA)
                    and _attribute_by_id(at, LXB_DOM_ATTR_HREF) != NULL
                    and <uintptr_t> at != reading.skipped
                ):
                    reading.add(at, False, pictured)
                at = _next(at, top, at.type == LXB_DOM_NODE_TYPE_ELEMENT)
        if bounds is not None:
            bounds.append(len(reading.found))
    return reading.found


# The words of a text, for the fingerprint (``freshness.fingerprint``) and the sketch (``text.word_sketch``): the
# UTF-8 translated by a table and split as ``bytes.split()`` splits it, in one pass over the bytes, without the
# bytes object made for each word (a page's main text has thousands), its SipHash and its look-up in a set.
from cpython.bytes cimport PyBytes_FromStringAndSize
from libc.stdint cimport uint8_t, uint16_t, uint32_t
from libc.stdlib cimport malloc
from libc.string cimport memmove


cdef inline bint _split_space(unsigned char c) noexcept:
    """Return whether ``bytes.split()`` splits on ``c`` (CPython's ``Py_ISSPACE``): ASCII's tab to carriage return
    and the space, not the separators 0x1c to 0x1f that ``str.split`` takes too."""
    return c == 32 or 9 <= c <= 13


cdef inline const unsigned char *_table_of(bytes table) except NULL:
    if len(table) != 256:
        raise ValueError("a translation table has 256 bytes")
    return <const unsigned char *> table


cdef inline Py_ssize_t _key(Py_ssize_t length, unsigned char first) noexcept:
    return length * 256 + first


cdef class WordSet:
    """Words (bytes) that ``words_without`` finds by their bytes: those of one length and first byte stand side by
    side in one string, each compared whole."""
    cdef bytes _joined  # the words by their length, then by their bytes
    cdef Py_ssize_t _longest
    cdef Py_ssize_t *_first  # by length and first byte (``_key``): where its words start in ``_joined``

    def __cinit__(self, words):
        cdef list ordered = sorted({bytes(word) for word in words if len(word)}, key=lambda word: (len(word), word))
        cdef Py_ssize_t keys, key, offset = 0, at = 0
        self._longest = len(ordered[len(ordered) - 1]) if ordered else 0  # (no wraparound here)
        self._joined = b"".join(ordered)
        keys = _key(self._longest + 1, 0)
        self._first = <Py_ssize_t *> malloc((keys + 1) * sizeof(Py_ssize_t))
        if self._first == NULL:
            raise MemoryError()
        for key in range(keys + 1):  # a key's words end where the next key's start
            while at < len(ordered) and _key(len(ordered[at]), ordered[at][0]) < key:
                offset += len(ordered[at])
                at += 1
            self._first[key] = offset

    def __dealloc__(self):
        free(self._first)


cdef inline bint _among(WordSet words, const unsigned char *word, Py_ssize_t length) noexcept:
    """Return whether the ``length`` bytes at ``word`` (one or more) are one of ``words``."""
    cdef const unsigned char *joined = words._joined
    cdef Py_ssize_t at, end
    if length > words._longest:
        return False
    at, end = words._first[_key(length, word[0])], words._first[_key(length, word[0]) + 1]
    while at < end:
        if memcmp(joined + at, word, length) == 0:
            return True
        at += length
    return False


def words_without(bytes raw not None, bytes table not None, WordSet left_out not None) -> bytes:
    """Return ``b" ".join(w for w in raw.translate(table).split() if w not in left_out)``: each word is translated
    into the joined bytes as it is read, and taken back where it is one of ``left_out``."""
    cdef const unsigned char *to = _table_of(table)
    cdef const unsigned char *data = raw
    cdef Py_ssize_t size = len(raw), at = 0, written = 0, kept, start
    cdef unsigned char c
    # A separator is written for a space read, each byte of a word for one: the joined bytes are no longer.
    cdef unsigned char *joined = <unsigned char *> malloc(size or 1)
    if joined == NULL:
        raise MemoryError()
    try:
        while at < size:
            c = to[data[at]]
            at += 1
            if _split_space(c):
                continue
            kept = written
            if written:
                joined[written] = 32
                written += 1
            start = written
            joined[written] = c
            written += 1
            while at < size:
                c = to[data[at]]
                if _split_space(c):
                    break
                joined[written] = c
                written += 1
                at += 1
            if _among(left_out, joined + start, written - start):
                written = kept
        return PyBytes_FromStringAndSize(<const char *> joined, written)
    finally:
        free(joined)


# zlib's CRC-32 (``zlib.crc32``, the sketch's), a byte at a time as the words are read: the module is not linked
# with zlib, and a word is a few bytes.
cdef uint32_t _crc_table[256]


cdef void _fill_crc_table() noexcept:
    cdef uint32_t value
    cdef int byte, bit
    for byte in range(256):
        value = byte
        for bit in range(8):
            value = (value >> 1) ^ (<uint32_t> 0xEDB88320 if value & 1 else 0)
        _crc_table[byte] = value


_fill_crc_table()


def smallest_crc32s(bytes raw not None, bytes table not None, Py_ssize_t shortest, Py_ssize_t count) -> tuple:
    """Return the ``count`` smallest of ``{zlib.crc32(w) for w in raw.translate(table).split() if len(w) >=
    shortest}``, smallest first. They are kept sorted as the words are read (a bottom-k): a word's CRC above the
    largest of ``count`` kept is not among them, and is no more looked at."""
    cdef const unsigned char *to = _table_of(table)
    cdef const unsigned char *data = raw
    cdef Py_ssize_t size = len(raw), at = 0, length, held = 0, low, high, middle
    cdef uint32_t crc
    cdef unsigned char c
    cdef uint32_t *kept
    if count <= 0:
        return ()
    kept = <uint32_t *> malloc(count * sizeof(uint32_t))
    if kept == NULL:
        raise MemoryError()
    try:
        while at < size:
            c = to[data[at]]
            at += 1
            if _split_space(c):
                continue
            crc, length = ~(<uint32_t> 0), 1
            crc = _crc_table[(crc ^ c) & 0xFF] ^ (crc >> 8)
            while at < size:
                c = to[data[at]]
                if _split_space(c):
                    break
                crc = _crc_table[(crc ^ c) & 0xFF] ^ (crc >> 8)
                length += 1
                at += 1
            crc = ~crc
            if length < shortest or (held == count and crc >= kept[held - 1]):
                continue
            low, high = 0, held  # where it stands among those kept
            while low < high:
                middle = (low + high) >> 1
                if kept[middle] < crc:
                    low = middle + 1
                else:
                    high = middle
            if low < held and kept[low] == crc:
                continue
            if held < count:
                held += 1
            memmove(kept + low + 1, kept + low, (held - 1 - low) * sizeof(uint32_t))
            kept[low] = crc
        return tuple([kept[at] for at in range(held)])
    finally:
        free(kept)


# A text's UTF-8 and its characters beyond ASCII (``text.utf8_and_others``), read in one pass: ``str.encode`` reads a
# character at a time, and the characters beyond ASCII were found after it by deleting the ASCII bytes, decoding
# what was left and making a set of it. A text of one or two bytes a character (Latin-1, the rest of the first
# plane) is read here, a run of ASCII a word at a time; one of four bytes, or with a lone surrogate (whose encoding
# raises), is left to Python.
cdef extern from "Python.h":
    int PyUnicode_READY(object text) except -1
    int PyUnicode_KIND(object text)
    const void *PyUnicode_DATA(object text)
    Py_ssize_t PyUnicode_GET_LENGTH(object text)
    object PyUnicode_FromOrdinal(int ordinal)

cdef enum:
    _ONE_PLANE_WORDS = 1024  # of 64 bits: one for each character of two bytes


cdef object _chars_of(const uint64_t *seen, Py_ssize_t words):
    """Return the frozenset of the characters whose bits are set in ``seen``."""
    cdef set chars = set()
    cdef Py_ssize_t word
    cdef int bit
    for word in range(words):
        if seen[word]:
            for bit in range(64):
                if seen[word] >> bit & 1:
                    chars.add(PyUnicode_FromOrdinal(<int> (word * 64 + bit)))
    return frozenset(chars)


def utf8_and_beyond_ascii(str text not None):
    """Return ``(text.encode(), frozenset(c for c in text if not c.isascii()))``, or None for a text of four bytes a
    character or with a lone surrogate."""
    PyUnicode_READY(text)  # a string made by the old C API has its characters' form only once asked (gone in 3.12)
    cdef int kind = PyUnicode_KIND(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), at = 0, written = 0
    cdef const uint8_t *ones = <const uint8_t *> PyUnicode_DATA(text)
    cdef const uint16_t *twos = <const uint16_t *> PyUnicode_DATA(text)
    cdef uint64_t run
    cdef uint32_t c
    cdef uint64_t seen[_ONE_PLANE_WORDS]
    cdef Py_ssize_t words = 4 if kind == 1 else _ONE_PLANE_WORDS  # of ``seen``, that the text's characters reach
    cdef unsigned char *out
    if kind == 4:
        return None
    memset(seen, 0, words * sizeof(uint64_t))
    out = <unsigned char *> malloc(size * (2 if kind == 1 else 3) or 1)
    if out == NULL:
        raise MemoryError()
    try:
        if kind == 1:
            while at < size:
                if at + 8 <= size:
                    memcpy(&run, ones + at, 8)
                    if not run & 0x8080808080808080ULL:
                        memcpy(out + written, &run, 8)
                        at += 8
                        written += 8
                        continue
                c = ones[at]
                at += 1
                if c < 0x80:
                    out[written] = c
                    written += 1
                else:
                    out[written] = 0xC0 | (c >> 6)
                    out[written + 1] = 0x80 | (c & 0x3F)
                    written += 2
                    seen[c >> 6] |= (<uint64_t> 1) << (c & 63)
        else:
            while at < size:
                if at + 4 <= size:
                    memcpy(&run, twos + at, 8)
                    if not run & 0xFF80FF80FF80FF80ULL:
                        out[written] = <unsigned char> twos[at]
                        out[written + 1] = <unsigned char> twos[at + 1]
                        out[written + 2] = <unsigned char> twos[at + 2]
                        out[written + 3] = <unsigned char> twos[at + 3]
                        at += 4
                        written += 4
                        continue
                c = twos[at]
                at += 1
                if c < 0x80:
                    out[written] = c
                    written += 1
                    continue
                if 0xD800 <= c < 0xE000:
                    return None
                if c < 0x800:
                    out[written] = 0xC0 | (c >> 6)
                    out[written + 1] = 0x80 | (c & 0x3F)
                    written += 2
                else:
                    out[written] = 0xE0 | (c >> 12)
                    out[written + 1] = 0x80 | ((c >> 6) & 0x3F)
                    out[written + 2] = 0x80 | (c & 0x3F)
                    written += 3
                seen[c >> 6] |= (<uint64_t> 1) << (c & 63)
        return PyBytes_FromStringAndSize(<const char *> out, written), _chars_of(seen, words)
    finally:
        free(out)


# Where ``dates``' passes of two-digit years may start (``dates._short_dated``): a regular expression's search for
# its first character costs some five instructions a character, ``memchr`` under one; a text's "-", "." and "3" are
# found here and the expression asked only where the characters around make a match possible.
cdef extern from "Python.h":
    Py_UCS4 PyUnicode_READ(int kind, const void *data, Py_ssize_t index)

from libc.string cimport memchr


cdef inline Py_ssize_t _next_of(const void *data, int kind, Py_ssize_t i, Py_ssize_t size, Py_UCS4 mark) noexcept:
    """Return the place of the first ``mark`` of a text's characters (``data``, of ``kind``) from ``i`` on, or
    ``size``: by ``memchr`` in a text of one byte a character."""
    cdef const char *at
    if kind == 1:
        at = <const char *> memchr(<const char *> data + i, <int> mark, size - i) if i < size else NULL
        return size if at == NULL else at - <const char *> data
    while i < size and PyUnicode_READ(kind, data, i) != mark:
        i += 1
    return i


cdef list _places(str text, Py_UCS4 mark, Py_UCS4 twice, str before):
    """Return the places of ``mark`` in ``text`` followed by ``twice`` two or three characters on (``twice`` 0: any)
    and, if ``before``, after one of its characters and not at the text's first two."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), i = 0
    cdef list places = []
    while (i := _next_of(data, kind, i, size, mark)) < size:
        if twice and not (
            i + 2 < size and PyUnicode_READ(kind, data, i + 2) == twice
            or i + 3 < size and PyUnicode_READ(kind, data, i + 3) == twice
        ):
            i += 1
            continue
        if before is not None and (i < 2 or PyUnicode_READ(kind, data, i - 1) not in before):
            i += 1
            continue
        places.append(i)
        i += 1
    return places


def separated_twice(str text not None, str mark not None) -> list:
    """Return the places of ``mark`` (one character) in ``text`` that the same character follows two or three
    characters on: where "-12-26" or ".4.26" may start."""
    return _places(text, ord(mark), ord(mark), None)


def after_one_of(str text not None, str mark not None, str before not None) -> list:
    """Return the places of ``mark`` (one character) in ``text``, past its first two, just after one of ``before``'s
    characters: where a two-digit year after a month's name ("Nov 30", "Nov-30") may start."""
    return _places(text, ord(mark), 0, before)


# --- parse_page's readings of the tree ---
# The words of a text squashed in one pass over its bytes, written straight into the buffer: ``_squashed`` and
# ``words_of`` read some 17,000 bytes and 2,300 words of the bench page a check, and a call of ``_Text.add`` for
# each word (and the text copied once more before, for ``words_of``) cost more than the reading.

# What a byte may be in ``str.split``'s terms: 0 a word's, 1 a space (ASCII's), 2 the first of one of ``_space``'s
# characters beyond ASCII, or of none.
cdef unsigned char _byte_kind[256]
for _byte in range(256):
    _byte_kind[_byte] = 1 if 9 <= _byte <= 13 or 28 <= _byte <= 32 else 2 if _byte in (0xC2, 0xE1, 0xE2, 0xE3) else 0


cdef char *_room_for(_Text buffer, Py_ssize_t more) except NULL:
    """Return where ``buffer``'s next bytes go, with room for ``more`` of them (and one more)."""
    cdef Py_ssize_t room = buffer.room or 256
    cdef char *grown
    if buffer.size + more + 1 > buffer.room:
        while room < buffer.size + more + 1:
            room *= 2
        grown = <char *> realloc(buffer.data, room)
        if grown == NULL:
            raise MemoryError()
        buffer.data, buffer.room = grown, room
    return buffer.data + buffer.size


cdef int _words_into(_Text buffer, const lxb_char_t *data, size_t length, bint in_word) except -1:
    """Add ``data``'s words to ``buffer`` as ``_squashed`` adds them, where ``in_word`` says whether its first bytes
    go on with the word the buffer ends with; return whether the buffer ends within a word. The words and the one
    space before each are at most a byte more than ``data``."""
    cdef char *out = _room_for(buffer, length)
    cdef char *begin = buffer.data
    cdef const lxb_char_t *at = data
    cdef const lxb_char_t *end = data + length
    cdef size_t width
    while at < end:
        if _byte_kind[at[0]]:
            width = 1 if _byte_kind[at[0]] == 1 else _space(at, end - at)
            if width:
                in_word = False
                at += width
                continue
        if not in_word:  # a word starts
            if out != begin:
                out[0] = 32
                out += 1
            in_word = True
        out[0] = <char> at[0]
        out += 1
        at += 1
        while True:
            # Most of its bytes and of the words one space apart after it, sixteen at a time (``pantau_word_run``)
            width = pantau_word_run(at, end, out)
            out += width
            at += width
            if at == end or _byte_kind[at[0]] != 0:
                break
            out[0] = <char> at[0]  # a word's byte the run leaves: beyond ASCII, or a control
            out += 1
            at += 1
    buffer.size = out - begin
    return in_word


cdef inline bint _cut_short(const lxb_char_t *data, size_t length):
    """Whether ``data`` ends within what could start one of ``_space``'s characters beyond ASCII (a lead byte of
    one, or one of three bytes and a byte more), which only UTF-8 that is not could do: ``_space`` would read it
    with the bytes after it in a text joined from several."""
    cdef lxb_char_t last
    if length == 0:
        return False
    last = data[length - 1]
    if last == 0xC2 or 0xE1 <= last <= 0xE3:
        return True
    return length >= 2 and 0xE1 <= data[length - 2] <= 0xE3


cdef bint _words_of_walked(_Text buffer, LexborNode node, bint joined) except -1:
    """Fill ``buffer`` with the words of ``node``'s text (``_fill``'s walk), its text nodes joined where ``joined``,
    else apart; return False where a text node ends cut short (``_cut_short``): the caller reads it another way."""
    cdef LexborNode start = node._get_node()
    cdef lxb_dom_node_t *root = start.node
    cdef lxb_dom_node_t *at = root.first_child
    cdef const lexbor_str_t *data
    cdef bint in_word = False
    buffer.size = 0
    if root == node.node and root.type == LXB_DOM_NODE_TYPE_TEXT:  # its own characters
        data = pantau_data_of(root)
        if data.data != NULL:
            if _cut_short(data.data, data.length):
                return False
            in_word = _words_into(buffer, data.data, data.length, False)
    while at != NULL:
        if at.local_name == LXB_TAG__TEXT:
            data = pantau_data_of(at)
            if data.data != NULL:
                if _cut_short(data.data, data.length):
                    return False
                in_word = _words_into(buffer, data.data, data.length, in_word and joined)
        at = _next(at, root, True)
    return True


# The analysis's sets of nodes, by their places in memory (``mem_id``): which are each once, the outermost, which
# are outside some parts or within one. In Python each step up the tree made a node and an int (``parent``,
# ``mem_id``) and looked the int up in a set; here it is a pointer looked up in a table.
cdef struct _Places:
    uintptr_t *slots
    size_t mask


cdef int _places_for(_Places *places, Py_ssize_t count) except -1:
    """Make ``places`` an empty table with room for ``count`` places."""
    cdef size_t room = 16
    while room < <size_t> count * 2:
        room *= 2
    places.slots = <uintptr_t *> calloc(room, sizeof(uintptr_t))
    if places.slots == NULL:
        raise MemoryError()
    places.mask = room - 1
    return 0


cdef int _places_of(_Places *places, list nodes) except -1:
    """Make ``places`` hold the places of ``nodes``."""
    cdef LexborNode node
    _places_for(places, len(nodes))
    for node in nodes:
        _add_place(places, <uintptr_t> node.node)
    return 0


cdef inline size_t _slot(uintptr_t place, size_t mask) noexcept:
    return <size_t> (((<uint64_t> place >> 4) * <uint64_t> 0x9E3779B97F4A7C15ULL) >> 32) & mask


cdef inline size_t _probe(_Places *places, uintptr_t place) noexcept:
    """Return the slot that holds ``place``, or the empty one where it would go (open addressing, linear)."""
    cdef size_t at = _slot(place, places.mask)
    while places.slots[at] != 0 and places.slots[at] != place:
        at = (at + 1) & places.mask
    return at


cdef bint _add_place(_Places *places, uintptr_t place) noexcept:
    """Add ``place`` (never 0, no node's); return whether it was not there yet."""
    cdef size_t at = _probe(places, place)
    if places.slots[at] == place:
        return False
    places.slots[at] = place
    return True


cdef inline bint _has_place(_Places *places, uintptr_t place) noexcept:
    return places.slots[_probe(places, place)] == place


cdef inline lxb_dom_node_t *_up(lxb_dom_node_t *at, LexborHTMLParser parser) noexcept:
    """Return the parent of ``at`` as selectolax's ``parent`` gives it from a node it made: NULL for none, and for a
    fragment's wrapper."""
    at = at.parent
    if at != NULL and parser is not None and at == <lxb_dom_node_t *> parser._fragment_wrapper:
        return NULL
    return at


cdef lxb_dom_node_t *_above(LexborNode node) except? NULL:
    """Return the place of ``node.parent`` (NULL for None)."""
    cdef object parent
    if node._is_template_content:  # its template (no search of the analysis gives such a node)
        parent = node.parent
        return (<LexborNode> parent).node if parent is not None else NULL
    return _up(node.node, node.parser)


cdef bint _meets(_Places *places, LexborNode node) except -1:
    """Whether ``node`` or one of its ancestors is among ``places`` (``_lineage(node)`` meets them)."""
    cdef lxb_dom_node_t *at
    if _has_place(places, <uintptr_t> node.node):
        return True
    at = _above(node)
    while at != NULL:
        if _has_place(places, <uintptr_t> at):
            return True
        at = _up(at, node.parser)
    return False


def unique(list nodes not None, Py_ssize_t limit) -> list:
    """Return the first ``limit`` of ``nodes``, each once, in their order (``page._unique``)."""
    cdef _Places places
    cdef list first = nodes[:limit]
    cdef list found = []
    cdef LexborNode node
    _places_for(&places, len(first))
    try:
        for node in first:
            if _add_place(&places, <uintptr_t> node.node):
                found.append(node)
    finally:
        free(places.slots)
    return found


def outermost(list nodes not None, Py_ssize_t limit) -> list:
    """Return the first ``limit`` of ``nodes`` that no other of ``nodes`` holds, in their order (``page._outermost``:
    a node listed twice is kept twice)."""
    cdef _Places places
    cdef list found = []
    cdef LexborNode node
    cdef lxb_dom_node_t *at
    _places_of(&places, nodes)
    try:
        for node in nodes[:limit]:
            at = _above(node)
            while at != NULL and not _has_place(&places, <uintptr_t> at):
                at = _up(at, node.parser)
            if at == NULL:
                found.append(node)
    finally:
        free(places.slots)
    return found


def outside(list nodes not None, list parts not None) -> list:
    """Return those of ``nodes`` that are none of ``parts`` and in none of them (``page._outside``)."""
    return _meeting(nodes, parts, False)


def within(LexborNode root not None, list nodes not None) -> list:
    """Return those of ``nodes`` that are ``root`` or in it (whose ``_lineage`` holds it)."""
    return _meeting(nodes, [root], True)


cdef list _meeting(list nodes, list parts, bint meets):
    """Return those of ``nodes`` that are one of ``parts`` or in one (``meets``), or neither (not ``meets``)."""
    cdef _Places places
    cdef list found = []
    cdef LexborNode node
    _places_of(&places, parts)
    try:
        for node in nodes:
            if _meets(&places, node) == meets:
                found.append(node)
    finally:
        free(places.slots)
    return found


# An element's class and id where lexbor keeps them: it holds one attribute of each of those local names at most
# (``lxb_dom_element_attr_append`` puts a new one in the old one's place), and the one named "class" as written is
# that one where it has no prefix. ``named`` read them by walking every attribute and its name.
cdef extern from *:
    """
    static inline lxb_dom_attr_t *pantau_class_attr(lxb_dom_node_t *node)
    {
        return lxb_dom_interface_element(node)->attr_class;
    }

    static inline lxb_dom_attr_t *pantau_id_attr(lxb_dom_node_t *node)
    {
        return lxb_dom_interface_element(node)->attr_id;
    }
    """
    lxb_dom_attr_t *pantau_class_attr(lxb_dom_node_t *node)
    lxb_dom_attr_t *pantau_id_attr(lxb_dom_node_t *node)


cdef inline const lexbor_str_t *_value_named(
    lxb_dom_node_t *node, lxb_dom_attr_t *kept, const char *name, size_t size
) noexcept:
    """Return ``_named_value``'s value of the attribute ``name`` ("class" or "id"), whose local name's attribute
    lexbor keeps as ``kept``: that one's where its name as written is ``name``, none where there is none."""
    cdef bint found
    if kept == NULL:
        return NULL
    if kept.node.prefix == 0 and (kept.qualified_name == 0 or kept.qualified_name == kept.node.local_name):
        return kept.value if kept.value != NULL and kept.value.data != NULL else NULL
    return _named_value(node, name, size, &found)

# --- a text's lowering ---
# A long text's ASCII letters lowered (``term_scan._lower``, ``dates._lowered``): ``str.lower`` looks every character
# up in the Unicode tables once one is not ASCII, and the way through bytes paid a copy or an encoding, a lowering
# (``bytes.lower`` reads a table for each byte), a decoding back, a deletion of the ASCII bytes to find the characters
# beyond ASCII, and then the term scan's own copy of the lowered text in Latin-1 for its automaton. Here each is one
# plain pass over the text's own characters, which the compiler vectorises.
cdef extern from "Python.h":
    object PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
    Py_UCS4 PyUnicode_MAX_CHAR_VALUE(object text)
    char *PyBytes_AS_STRING(object raw)

cdef extern from *:
    """
    /* An ASCII capital one step down (by 32), any other character as it is. */
    static void pantau_lowered_ones(const uint8_t *from, uint8_t *to, Py_ssize_t size) {
        for (Py_ssize_t i = 0; i < size; i++) {
            uint8_t c = from[i];
            to[i] = (uint8_t) (c - 'A') < 26 ? (uint8_t) (c + 32) : c;
        }
    }
    /* ... and the same in Latin-1 (``latin``, if not NULL), "?" for a character beyond it, as
       ``str.encode("latin-1", "replace")`` writes one for each. */
    static void pantau_lowered_twos(const uint16_t *from, uint16_t *to, uint8_t *latin, Py_ssize_t size) {
        for (Py_ssize_t i = 0; i < size; i++) {
            uint16_t c = from[i];
            to[i] = (uint16_t) (c - 'A') < 26 ? (uint16_t) (c + 32) : c;
        }
        if (latin != NULL) {
            for (Py_ssize_t i = 0; i < size; i++) {
                latin[i] = to[i] < 256 ? (uint8_t) to[i] : '?';
            }
        }
    }
    static void pantau_lowered_fours(const uint32_t *from, uint32_t *to, Py_ssize_t size) {
        for (Py_ssize_t i = 0; i < size; i++) {
            uint32_t c = from[i];
            to[i] = c - 'A' < 26 ? c + 32 : c;
        }
    }
    """
    void pantau_lowered_ones(const uint8_t *source, uint8_t *to, Py_ssize_t size)
    void pantau_lowered_twos(const uint16_t *source, uint16_t *to, uint8_t *latin, Py_ssize_t size)
    void pantau_lowered_fours(const uint32_t *source, uint32_t *to, Py_ssize_t size)


def ascii_lowered(str text not None):
    """Return ``text`` with its ASCII letters lowered: as Latin-1 bytes for a text of one byte a character
    (``text.encode("latin-1").lower()``), as a str otherwise."""
    PyUnicode_READY(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    if kind == 1:
        raw = PyBytes_FromStringAndSize(NULL, size)
        pantau_lowered_ones(<const uint8_t *> PyUnicode_DATA(text), <uint8_t *> PyBytes_AS_STRING(raw), size)
        return raw
    # The same largest character, so the same form: only ASCII letters change.
    lowered = PyUnicode_New(size, PyUnicode_MAX_CHAR_VALUE(text))
    if kind == 2:
        pantau_lowered_twos(<const uint16_t *> PyUnicode_DATA(text), <uint16_t *> PyUnicode_DATA(lowered), NULL, size)
    else:
        pantau_lowered_fours(<const uint32_t *> PyUnicode_DATA(text), <uint32_t *> PyUnicode_DATA(lowered), size)
    return lowered


def lowered_and_beyond_ascii(str text not None):
    """Return ``text`` with its ASCII letters lowered, that in Latin-1 with "?" for each character beyond it
    (``.encode("latin-1", "replace")``), and ``frozenset(c for c in text if not c.isascii())``; or None for a text
    of four bytes a character."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text)
    cdef const uint8_t *ones = <const uint8_t *> PyUnicode_DATA(text)
    cdef const uint16_t *twos = <const uint16_t *> PyUnicode_DATA(text)
    cdef uint64_t seen[_ONE_PLANE_WORDS]
    cdef Py_ssize_t words = 4 if kind == 1 else _ONE_PLANE_WORDS  # of ``seen``, that the text's characters reach
    if kind == 4:
        return None
    lowered = PyUnicode_New(size, PyUnicode_MAX_CHAR_VALUE(text))  # the same form: only ASCII letters change
    latin = PyBytes_FromStringAndSize(NULL, size)
    memset(seen, 0, words * sizeof(uint64_t))
    if kind == 1:
        pantau_lowered_ones(ones, <uint8_t *> PyUnicode_DATA(lowered), size)
        memcpy(PyBytes_AS_STRING(latin), PyUnicode_DATA(lowered), size)
    else:
        pantau_lowered_twos(twos, <uint16_t *> PyUnicode_DATA(lowered), <uint8_t *> PyBytes_AS_STRING(latin), size)
    _mark_beyond_ascii(PyUnicode_DATA(text), kind, size, seen)
    return lowered, latin, _chars_of(seen, words)


cdef inline Py_ssize_t _beyond_ascii_from(const void *data, int kind, Py_ssize_t size, Py_ssize_t at) noexcept:
    """Return the place of the first character beyond ASCII at or after ``at`` in a text of ``kind`` (1 or 2) bytes a
    character (``size`` where there is none); runs of ASCII are skipped eight bytes at a time."""
    cdef const uint8_t *ones = <const uint8_t *> data
    cdef const uint16_t *twos = <const uint16_t *> data
    cdef Py_ssize_t step = 8 // kind
    cdef uint64_t run, mask = 0x8080808080808080ULL if kind == 1 else 0xFF80FF80FF80FF80ULL
    while at < size:
        if at + step <= size:
            memcpy(&run, ones + at * kind, 8)
            if not run & mask:
                at += step
                continue
        if (ones[at] if kind == 1 else twos[at]) >= 0x80:
            return at
        at += 1
    return size


cdef void _mark_beyond_ascii(const void *data, int kind, Py_ssize_t size, uint64_t *seen) noexcept:
    """Mark in ``seen`` (a bit a character) the characters beyond ASCII of a text of ``kind`` (1 or 2) bytes a
    character."""
    cdef const uint8_t *ones = <const uint8_t *> data
    cdef const uint16_t *twos = <const uint16_t *> data
    cdef Py_ssize_t at = _beyond_ascii_from(data, kind, size, 0)
    cdef uint32_t c
    while at < size:
        c = ones[at] if kind == 1 else twos[at]
        seen[c >> 6] |= (<uint64_t> 1) << (c & 63)
        at = _beyond_ascii_from(data, kind, size, at + 1)


cdef extern from *:
    """
    /* A text of two or four bytes a character in Latin-1, "?" for each character beyond it. */
    static void pantau_narrowed_twos(const uint16_t *from, uint8_t *to, Py_ssize_t size) {
        for (Py_ssize_t i = 0; i < size; i++) {
            to[i] = from[i] < 256 ? (uint8_t) from[i] : '?';
        }
    }
    static void pantau_narrowed_fours(const uint32_t *from, uint8_t *to, Py_ssize_t size) {
        for (Py_ssize_t i = 0; i < size; i++) {
            to[i] = from[i] < 256 ? (uint8_t) from[i] : '?';
        }
    }
    """
    void pantau_narrowed_twos(const uint16_t *source, uint8_t *to, Py_ssize_t size)
    void pantau_narrowed_fours(const uint32_t *source, uint8_t *to, Py_ssize_t size)


def narrowed(str text not None):
    """Return ``text.encode("latin-1", "replace")``, which CPython's encoder makes a character at a time, with a call
    of its error handler for each run beyond Latin-1 (``literals.Signs``)."""
    PyUnicode_READY(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    if kind == 1:
        return PyBytes_FromStringAndSize(<const char *> PyUnicode_DATA(text), size)
    raw = PyBytes_FromStringAndSize(NULL, size)
    if kind == 2:
        pantau_narrowed_twos(<const uint16_t *> PyUnicode_DATA(text), <uint8_t *> PyBytes_AS_STRING(raw), size)
    else:
        pantau_narrowed_fours(<const uint32_t *> PyUnicode_DATA(text), <uint8_t *> PyBytes_AS_STRING(raw), size)
    return raw

# --- the links ---
# How a link's address is made where ``absolute`` would add nothing of its own (``_Links.add``): most of a page's
# addresses are absolute or rooted, and ``absolute``'s calls and the look-up of those made before cost more than
# the string.
cdef enum:  # how ``absolute`` makes an address of a link's (``_plain``)
    _JOINED = 0  # by ``urljoin``, or stripped first: ``absolute`` itself
    _AS_IS = 1  # "http://…", "https://…"
    _ROOTED = 2  # "/…": after the page's scheme and host
    _NETWORK = 3  # "//…": after the page's scheme


cdef int _plain(const lxb_char_t *data, size_t length) noexcept:
    """Return how ``absolute`` makes an address of its UTF-8 ``data`` where it joins no dots, strips nothing and
    leaves it as it is or puts the page's root or scheme before it (``_AS_IS``, ``_ROOTED``, ``_NETWORK``): it starts
    with "http://", "https://" or "/", ends in no space (``str.strip``'s ASCII ones; a last byte beyond ASCII may end
    one) and has no "/." and no backslash (``urljoin``'s). Else ``_JOINED``. Most links of a page are so."""
    cdef size_t at
    cdef int kind
    cdef lxb_char_t c = data[length - 1] if length else 0
    if length == 0 or c >= 0x80 or 9 <= c <= 13 or 28 <= c <= 32:
        return _JOINED
    if data[0] == 47:
        kind = _NETWORK if length > 1 and data[1] == 47 else _ROOTED
    elif length >= 8 and (memcmp(data, b"http://", 7) == 0 or memcmp(data, b"https://", 8) == 0):
        kind = _AS_IS
    else:
        return _JOINED
    for at in range(1, length):  # the first byte is "/" or "h"
        c = data[at]
        if c == 92 or c == 46 and data[at - 1] == 47:  # a backslash, or "/."
            return _JOINED
    return kind


# A link's text for the term scan (``defacement._link_texts``): its words, a space and its address with its
# separators as spaces (``term_scan.spaced``), one string made a link. In Python an f-string a link, the addresses
# joined, replaced and split again cost some 2,500 instructions a link, ten times the characters' copy.
cdef extern from "Python.h":
    object PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
    Py_UCS4 PyUnicode_MAX_CHAR_VALUE(object text)
    void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value)
    Py_ssize_t PyUnicode_CopyCharacters(
        object to, Py_ssize_t to_start, object source, Py_ssize_t from_start, Py_ssize_t how_many
    ) except -1
    Py_ssize_t PyUnicode_FindChar(object text, Py_UCS4 c, Py_ssize_t start, Py_ssize_t end, int direction) except -2


cdef inline bint _separator(Py_UCS4 c) noexcept:
    """Whether ``term_scan.spaced`` makes ``c`` a space: "-", "_", "+" and "/"."""
    return c == 45 or c == 95 or c == 43 or c == 47


cdef unsigned char _SPACED[256]  # each byte as ``_separator`` leaves it: a look-up a byte, no branch


cdef int _spaced_table() except -1:
    cdef int c
    for c in range(256):
        _SPACED[c] = 32 if _separator(c) else c
    return 0


_spaced_table()


def link_texts(object links, object spaced) -> list:
    """Return ``f"{link.text} {spaced(link.href)}"`` for each of ``links`` (``page.Link``s, tuples of two strings);
    ``spaced`` is ``term_scan.spaced``, called only for an address with a "%" (its escapes decoded as Python
    decodes them), the separators of the others made spaces here as it makes them."""
    cdef list found = []
    cdef str text, href
    cdef object made
    cdef Py_ssize_t words, size, i
    cdef Py_UCS4 widest
    cdef int kind, source_kind
    cdef void *data
    cdef const void *source
    cdef unsigned char *ones
    cdef const unsigned char *source_ones
    for link in links:
        if not isinstance(link, tuple):
            raise TypeError("a link is a tuple of its text and its address")
        text, href = (<tuple> link)[0], (<tuple> link)[1]
        if PyUnicode_FindChar(href, 37, 0, len(href), 1) != -1:  # a "%": a memchr, where ``in`` reads each character
            found.append(f"{text} {spaced(href)}")
            continue
        words, size = len(text), len(href)
        widest = max(PyUnicode_MAX_CHAR_VALUE(text), PyUnicode_MAX_CHAR_VALUE(href), 32)
        made = PyUnicode_New(words + 1 + size, widest)
        PyUnicode_CopyCharacters(made, 0, text, 0, words)
        kind, data = PyUnicode_KIND(made), <void *> PyUnicode_DATA(made)
        source_kind, source = PyUnicode_KIND(href), PyUnicode_DATA(href)
        PyUnicode_WRITE(kind, data, words, 32)
        if kind == 1:  # the address too is of one byte a character
            ones, source_ones = <unsigned char *> data + words + 1, <const unsigned char *> source
            for i in range(size):
                ones[i] = _SPACED[source_ones[i]]
        else:
            for i in range(size):
                widest = PyUnicode_READ(source_kind, source, i)
                PyUnicode_WRITE(kind, data, words + 1 + i, 32 if _separator(widest) else widest)
        found.append(made)
    return found

# --- the markup's names after "<" ---
# ``literals.Markup`` answers a sign that is a "<" and a name (``<base``, ``<iframe``: a tag's start) from the names
# written after the markup's "<"s, read once a page here, instead of a search of the whole markup a sign (and of the
# markup lowered, where a sign is asked in any case); the count of its "<" comes with them (``markup.bounded``). The
# markup lowered for the other signs asked in any case is a loop the compiler makes SIMD (``bytes.lower`` looks each
# byte up in a table).
from cpython.bytes cimport PyBytes_AS_STRING

cdef extern from *:
    """
    #include <stdint.h>
    #include <string.h>
    #if defined(__SSE2__)
    #include <emmintrin.h>
    #endif

    #define PANTAU_NAME_BYTES 8  /* of a name, kept: a name is its bytes in one word */
    #define PANTAU_NAME_SLOTS 512  /* of the table of distinct names: a page writes some dozens */
    #define PANTAU_NAMES_KEPT 384  /* distinct names in the table at most; those beyond are written as they come */

    static const unsigned char pantau_name_byte[256] = {['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1};

    typedef struct {
        uint64_t slots[PANTAU_NAME_SLOTS];  /* the names kept, each its bytes in one word (0: an empty slot) */
        Py_ssize_t kept, written;
        unsigned char *out;
    } pantau_names_t;

    /* Read the name after the "<" before ``at``: write it (after a NUL) to ``names->out`` unless written already. */
    static inline void pantau_name_at(const unsigned char *data, Py_ssize_t size, Py_ssize_t at, pantau_names_t *names)
    {
        uint64_t key = 0;
        Py_ssize_t length = 0, most = size - at < PANTAU_NAME_BYTES ? size - at : PANTAU_NAME_BYTES;
        uint32_t slot;
        while (length < most && pantau_name_byte[data[at + length]]) {
            key |= (uint64_t) data[at + length] << (8 * length);
            length++;
        }
        if (!length)
            return;
        slot = (uint32_t) ((key * 0x9E3779B97F4A7C15ULL) >> 55);  /* 9 bits: PANTAU_NAME_SLOTS */
        while (names->slots[slot] && names->slots[slot] != key)
            slot = (slot + 1) & (PANTAU_NAME_SLOTS - 1);
        if (names->slots[slot])
            return;
        if (names->kept < PANTAU_NAMES_KEPT) {
            names->slots[slot] = key;
            names->kept++;
        }
        names->out[names->written] = 0;
        memcpy(names->out + names->written + 1, data + at, length);
        names->written += length + 1;
    }

    /* Return the count of "<" in ``data``; write the distinct names after them to ``out``, each after a NUL (``size``
       bytes at most: a name written takes its "<"'s place and its own), and their length to ``written``. */
    static Py_ssize_t pantau_names_after_lt(const unsigned char *data, Py_ssize_t size, unsigned char *out,
                                            Py_ssize_t *written)
    {
        pantau_names_t names;
        Py_ssize_t count = 0, i = 0;
        const unsigned char *found;
        memset(names.slots, 0, sizeof(names.slots));
        names.kept = names.written = 0;
        names.out = out;
    #if defined(__SSE2__)
        const __m128i lt = _mm_set1_epi8('<');
        for (; i + 16 <= size; i += 16) {
            unsigned mask = (unsigned) _mm_movemask_epi8(
                _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (data + i)), lt));
            while (mask) {
                count++;
                pantau_name_at(data, size, i + __builtin_ctz(mask) + 1, &names);
                mask &= mask - 1;
            }
        }
    #endif
        while (i < size && (found = memchr(data + i, '<', size - i)) != NULL) {
            count++;
            i = found - data + 1;
            pantau_name_at(data, size, i, &names);
        }
        *written = names.written;
        return count;
    }
    """
    enum: PANTAU_NAME_BYTES
    Py_ssize_t pantau_names_after_lt(const unsigned char *data, Py_ssize_t size, unsigned char *out,
                                     Py_ssize_t *written) nogil


NAME_BYTES = PANTAU_NAME_BYTES


cdef void _lowered_into(const unsigned char *source, unsigned char *lowered, Py_ssize_t size) noexcept nogil:
    """Write ``source`` with its ASCII capitals lowered (only those: as ``bytes.lower``) into ``lowered``."""
    cdef Py_ssize_t i
    cdef unsigned char c
    for i in range(size):
        c = source[i]
        lowered[i] = c | ((<unsigned char> (c - 65) < 26) << 5)


def bytes_lowered(bytes raw not None) -> bytes:
    """Return ``raw.lower()``: ``raw`` with its ASCII capitals lowered."""
    cdef Py_ssize_t size = len(raw)
    cdef bytes lowered = PyBytes_FromStringAndSize(NULL, size)
    _lowered_into(<const unsigned char *> PyBytes_AS_STRING(raw), <unsigned char *> PyBytes_AS_STRING(lowered), size)
    return lowered


def names_after_lt(bytes raw not None) -> tuple:
    """Return the count of "<" in ``raw`` and the distinct runs of ASCII letters and digits that follow one (each
    run's first ``NAME_BYTES`` bytes; an empty one left out), each after a NUL in one bytes: as written, and lowered.

    A sign "<" and a name of at most ``NAME_BYTES`` letters and digits is in ``raw`` where NUL and the name is in the
    runs: the name's bytes, all letters and digits, are the start of the run after its "<"."""
    cdef Py_ssize_t size = len(raw), count, written = 0
    cdef unsigned char *out = <unsigned char *> malloc(size + 1)
    cdef bytes lowered
    if out == NULL:
        raise MemoryError()
    try:
        count = pantau_names_after_lt(<const unsigned char *> PyBytes_AS_STRING(raw), size, out, &written)
        lowered = PyBytes_FromStringAndSize(NULL, written)
        _lowered_into(out, <unsigned char *> PyBytes_AS_STRING(lowered), written)
        return count, PyBytes_FromStringAndSize(<const char *> out, written), lowered
    finally:
        free(out)


cdef inline bint _names_root(int kind, const void *data, Py_ssize_t at, Py_ssize_t size) noexcept:
    """Return whether the four characters at ``at`` are "html" or "body" in any case (``str.lower`` makes no other
    character one of their letters)."""
    cdef const char *root
    cdef uint32_t c
    cdef Py_ssize_t i
    if at + 4 > size:
        return False
    c = PyUnicode_READ(kind, data, at)
    if c | 0x20 == 104:  # "h"
        root = "html"
    elif c | 0x20 == 98:  # "b"
        root = "body"
    else:
        return False
    for i in range(4):
        c = PyUnicode_READ(kind, data, at + i)
        if not (c == <uint32_t> root[i] or c == <uint32_t> root[i] - 32):
            return False
    return True


def sampled_tags(str html not None, Py_ssize_t window) -> list | None:
    """Read ``markup._crowded``'s samples of ``html``, one every ``window`` characters: return None where the last "<"
    before a sample opens an ``<html>`` or ``<body>`` (its name in any case), else the (place, sample) of each such
    "<" a window or more before its sample (once each), whose tag is read then."""
    PyUnicode_READY(html)
    cdef int kind = PyUnicode_KIND(html)
    cdef const void *data = PyUnicode_DATA(html)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(html), searched = 0, last = -1, read = -1, sample, found
    cdef list long_tags = []
    if window < 1:
        raise ValueError("a window of one character at least")
    for sample in range(window, size, window):
        found = sample - 1
        while found >= searched and PyUnicode_READ(kind, data, found) != 60:  # "<"
            found -= 1
        if found >= searched:
            last = found
        elif last < 0:
            searched = sample
            continue
        searched = sample
        if _names_root(kind, data, last + 1, size):
            return None
        if sample - last >= window and last != read:
            read = last
            long_tags.append((last, sample))
    return long_tags

# --- the years ---
# Where a text's years are (``dates._years_and_twenties``): the expression's search costs some five instructions a
# character and a match object each year; the years are found here at the text's "2"s, and a two-digit year of the
# 2020s after a month's name ("Nov 26") asked of its expression only where the characters around make it possible.
cdef extern from "Python.h":
    bint Py_UNICODE_ISDECIMAL(Py_UCS4 ch)
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)


def year_places(str text not None) -> tuple:
    """Return where ``text``'s years of four digits start (``20\\d\\d(?!\\d)``: each one is four characters long, none
    within another), and the places of the rest of its "2"s that may start a two-digit year after a month's name (a
    digit after, one of " ./-" before, a letter or "." before that: ``dates._NAMED_SHORT_TAIL``'s lookbehinds), in
    order. A digit is what the expression's ``\\d`` is: a decimal of any script."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), i = 0
    cdef list years = [], twenties = []
    while (i := _next_of(data, kind, i, size, 0x32)) < size:
        if (
            i + 3 < size
            and PyUnicode_READ(kind, data, i + 1) == 0x30
            and Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i + 2))
            and Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i + 3))
            and not (i + 4 < size and Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i + 4)))
        ):
            years.append(i)
            i += 4
            continue
        if i >= 2 and _short_year_place(kind, data, i, size):
            twenties.append(i)
        i += 1
    return years, twenties


cdef inline bint _short_year_place(int kind, const void *data, Py_ssize_t i, Py_ssize_t size) noexcept:
    """Whether a two-digit year after a month's name may start at ``i`` (2 or more): a digit after it, and before it
    one of " ./-" after a letter of ``[^\\W\\d_]`` or a "." (the dates' expression's lookbehinds)."""
    cdef Py_UCS4 before, first
    if i + 1 >= size or not Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i + 1)):
        return False
    before = PyUnicode_READ(kind, data, i - 1)
    first = PyUnicode_READ(kind, data, i - 2)
    return (before == 0x20 or before == 0x2E or before == 0x2F or before == 0x2D) and (
        first == 0x2E or (Py_UNICODE_ISALNUM(first) and not Py_UNICODE_ISDECIMAL(first))
    )


cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)


def windows_before(str text not None, list starts not None, Py_ssize_t width) -> list:
    """Return, for each of ``starts`` (places in ``text``), the ``width`` characters before it in reverse
    (``dates._before``'s slice), or None where a digit (``str.isdigit``) is just before it: a longer number's."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), start, count, k
    cdef Py_UCS4 chars[64]
    cdef list windows = []
    if width > 64:
        raise ValueError("width over 64")
    for place in starts:
        start = place
        if start < 0 or start > size:
            raise IndexError("start out of the text")
        if start and Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, start - 1)):
            windows.append(None)
            continue
        count = start if start < width else width
        for k in range(count):
            chars[k] = PyUnicode_READ(kind, data, start - 1 - k)
        windows.append(PyUnicode_FromKindAndData(4, chars, count))
    return windows

# --- the term scan's search ---
# ``term_scan._Automaton.found`` finds the listed words, all their occurrences (overlapping ones too) by end, longest
# first, by walking the table of an Aho-Corasick automaton's moves here. A walk is a chain of loads, each waiting for
# the one before (some 2 ns a byte, ahocorasick_rs's overlapping search as this loop): a long text is walked in
# ``_WALKS`` quarters at once, each begun ``longest`` bytes early (after that many bytes from the first state, a walk
# is in the state it would be in from the text's start: no word is longer), its matches kept from its quarter's start.
# The table is made in Python (``term_scan._moves``).
from cpython.bytes cimport PyBytes_GET_SIZE

cdef enum:
    _WALKS = 4

cdef extern from *:
    """
    /* Walk the four parts of a text at ``walks`` at once from ``step``, two bytes a round, each from its state in
       ``state`` (``Moves``' layout: a state's move is ``moves[state + class]``, its lowest bit set where words end
       there), up to ``stop`` or to the first step after which a state is flagged; return the steps walked, the
       states in ``state``. A function of its own (not inlined): the four chains' pointers and states fit the
       registers here, where in ``_found``'s loop, beside the matches' handling, two of them were kept on the stack. */
    static __attribute__((noinline)) Py_ssize_t pantau_four_walks(const uint32_t *moves, const unsigned char *classes,
                                        const unsigned char *const *walks, size_t *state, Py_ssize_t step,
                                        Py_ssize_t stop) {
        /* The other walks' bytes read at their distance from the first's: a register fewer than a pointer each. */
        const unsigned char *at = walks[0] + step, *end = walks[0] + stop;
        ptrdiff_t b = walks[1] - walks[0], c = walks[2] - walks[0], d = walks[3] - walks[0];
        size_t s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3];
        while (end - at >= 2) {
            s0 = moves[s0 + classes[at[0]]];
            s1 = moves[s1 + classes[at[b]]];
            s2 = moves[s2 + classes[at[c]]];
            s3 = moves[s3 + classes[at[d]]];
            if ((s0 | s1 | s2 | s3) & 1) {
                at += 1;
                goto done;
            }
            s0 = moves[s0 + classes[at[1]]];
            s1 = moves[s1 + classes[at[b + 1]]];
            s2 = moves[s2 + classes[at[c + 1]]];
            s3 = moves[s3 + classes[at[d + 1]]];
            at += 2;
            if ((s0 | s1 | s2 | s3) & 1) {
                goto done;
            }
        }
        if (at < end) {
            s0 = moves[s0 + classes[at[0]]];
            s1 = moves[s1 + classes[at[b]]];
            s2 = moves[s2 + classes[at[c]]];
            s3 = moves[s3 + classes[at[d]]];
            at += 1;
        }
    done:
        state[0] = s0, state[1] = s1, state[2] = s2, state[3] = s3;
        return at - walks[0];
    }
    """
    Py_ssize_t pantau_four_walks(
        const uint32_t *moves, const unsigned char *classes, const unsigned char *const *walks, size_t *state,
        Py_ssize_t step, Py_ssize_t stop
    ) noexcept nogil


# Where the walks' states flag words' ends, kept in C (each walk's in turn): the matches are made of them only once
# the walks are done, as their reader wants them (``Moves.found``'s tuples, ``date_words``' hints and places).
cdef struct _Hit:
    size_t state
    Py_ssize_t end

cdef struct _Hits:
    _Hit *items[_WALKS]
    Py_ssize_t count[_WALKS]
    Py_ssize_t room[_WALKS]


cdef int _hit(_Hits *hits, Py_ssize_t walk, size_t state, Py_ssize_t end) except -1:
    cdef void *grown
    if hits.count[walk] == hits.room[walk]:
        grown = realloc(hits.items[walk], (2 * hits.room[walk] + 16) * sizeof(_Hit))
        if grown == NULL:
            raise MemoryError()
        hits.items[walk] = <_Hit *> grown
        hits.room[walk] = 2 * hits.room[walk] + 16
    hits.items[walk][hits.count[walk]].state = state
    hits.items[walk][hits.count[walk]].end = end
    hits.count[walk] += 1
    return 0


cdef void _free_hits(_Hits *hits) noexcept:
    cdef Py_ssize_t walk
    for walk in range(_WALKS):
        free(hits.items[walk])


cdef class Moves:
    """An automaton's moves, given as rows of ``stride`` uint32s: ``moves[state + classes[byte]]`` is the next state
    (its row's first move, times 2) plus 1 where words end there, ``ends[state // stride]``: (word index, length) of
    each, longest first; no word is longer than ``longest``. ``folded``: the classes of bytes read as their lower
    case (an ASCII capital as its small letter), for an automaton of words in lower case (``plain_found``).

    The walk reads them laid out again: each row in a slot of ``slot`` moves (the even number after ``stride``), a
    state as its slot's start plus 1 where words end there, its row written from that place. A state's move is then
    ``moves[state + class]`` and whether words end in it its lowest bit: the given layout's shift of each state (a
    quarter of the walk's instructions) is gone."""

    cdef uint32_t *moves
    cdef unsigned char classes[256]
    cdef unsigned char folded[256]
    cdef Py_ssize_t stride, slot, longest
    cdef size_t start  # the first state: row 0's
    cdef list ends

    def __cinit__(self, bytes moves, bytes classes, Py_ssize_t stride, list ends, Py_ssize_t longest):
        if len(classes) != 256 or stride < 1 or len(moves) % (4 * stride) or longest < 1:
            raise ValueError("a table of moves of rows of stride uint32s and a class for each byte")
        cdef Py_ssize_t rows = len(moves) // (4 * stride), row, number, step
        cdef Py_ssize_t slot = stride + 2 - stride % 2
        cdef const uint32_t *given = <const uint32_t *> PyBytes_AS_STRING(moves)
        cdef const unsigned char *numbers = <const unsigned char *> PyBytes_AS_STRING(classes)
        cdef uint32_t move
        cdef size_t at
        if len(ends) != rows or rows == 0 or rows * slot >= (<Py_ssize_t> 1) << 31:
            raise ValueError("the words' ends of each row, and at most 2**31 moves")
        for number in range(256):
            if numbers[number] >= stride:
                raise ValueError("a class beyond the rows' stride")
        self.moves = <uint32_t *> calloc(rows * slot, sizeof(uint32_t))
        if self.moves == NULL:
            raise MemoryError()
        for row in range(rows):
            at = row * slot + (1 if ends[row] else 0)
            for number in range(stride):
                move = given[row * stride + number]
                step = (move >> 1) // stride
                if (move >> 1) % stride or step >= rows or (move & 1) != (1 if ends[step] else 0):
                    raise ValueError("a move to no row's start, or not flagged as its row's words end")
                self.moves[at + number] = <uint32_t> (step * slot + (move & 1))
        memcpy(self.classes, numbers, 256)
        memcpy(self.folded, numbers, 256)
        cdef int byte
        for byte in range(ord("A"), ord("Z") + 1):
            self.folded[byte] = self.classes[byte + 32]
        self.stride = stride
        self.slot = slot
        self.start = 1 if ends[0] else 0
        self.longest = longest
        self.ends = ends

    def __dealloc__(self):
        free(self.moves)

    def found(self, bytes text):
        """Return (word index, start, end) of every occurrence of the words in ``text``, by end, longest first."""
        return self._found(<const unsigned char *> PyBytes_AS_STRING(text), PyBytes_GET_SIZE(text), self.classes)

    cdef list _found(self, const unsigned char *data, Py_ssize_t size, const unsigned char *classes):
        """``found`` of the ``size`` bytes at ``data``, each read as of its class in ``classes``."""
        cdef _Hits hits
        cdef Py_ssize_t walk, k, end, index, length
        cdef list found = []
        memset(&hits, 0, sizeof(hits))
        try:
            self._walked(data, size, classes, &hits)
            for walk in range(_WALKS):
                for k in range(hits.count[walk]):
                    end = hits.items[walk][k].end
                    for index, length in self.ends[hits.items[walk][k].state // self.slot]:
                        found.append((index, end - length, end))
        finally:
            _free_hits(&hits)
        return found

    cdef int _walked(self, const unsigned char *data, Py_ssize_t size, const unsigned char *classes,
                     _Hits *hits) except -1:
        """Walk the ``size`` bytes at ``data``, each read as of its class in ``classes``, into ``hits``: of each walk,
        the states where words end and the ends, in order (the walks' in turn are the text's)."""
        cdef const uint32_t *moves = self.moves
        cdef Py_ssize_t quarter = size // _WALKS, step, walk, at, stop
        cdef Py_ssize_t begin[_WALKS]
        cdef size_t state[_WALKS]
        cdef const unsigned char *walks[_WALKS]
        if quarter < 4 * self.longest:  # a short text: one walk (a quarter must hold more than ``longest`` bytes)
            return self._walk(data, classes, 0, size, self.start, 0, hits, 0)
        for walk in range(_WALKS):
            begin[walk] = walk * quarter - (self.longest if walk else 0)
            walks[walk] = data + begin[walk]
            state[walk] = self.start
        step = 0
        while step < quarter:  # four chains of loads at once; the first walk is the shortest
            step = pantau_four_walks(moves, classes, walks, state, step, quarter)
            if (state[0] | state[1] | state[2] | state[3]) & 1:  # words end after the step walked last
                for walk in range(_WALKS):
                    at = begin[walk] + step - 1
                    if state[walk] & 1 and at >= walk * quarter:
                        _hit(hits, walk, state[walk], at + 1)
        for walk in range(1, _WALKS):
            stop = size if walk == _WALKS - 1 else (walk + 1) * quarter
            self._walk(data, classes, begin[walk] + quarter, stop, state[walk], walk * quarter, hits, walk)
        return 0

    cdef int _walk(self, const unsigned char *data, const unsigned char *classes, Py_ssize_t at, Py_ssize_t stop,
                   size_t state, Py_ssize_t start, _Hits *hits, Py_ssize_t walk) except -1:
        """Walk ``data[at:stop]`` from ``state``, adding the hits that end after ``start`` to ``hits``' ``walk``."""
        cdef const uint32_t *moves = self.moves
        while at < stop:
            state = moves[state + classes[data[at]]]
            at += 1
            if state & 1 and at > start:
                _hit(hits, walk, state, at)
        return 0


# --- the names walk's verdicts, kept from page to page ---
# The distinct class and id values the walks of the names met, each with its verdict, in a table of open addressing
# by a hash of their bytes (copied): a page repeats a few dozen values on hundreds of elements, and a site's pages
# (and a vendor's sites) the same values, each decoded and judged once until the table is full (then emptied) or
# another judge asks.
cdef struct _Judged:
    bint used
    uint64_t hash
    char *bytes  # the class's value, then the id's (owned)
    Py_ssize_t class_length  # -1: no class's value
    Py_ssize_t id_length  # -1: no id's value
    Py_ssize_t verdict  # its place among the verdicts


cdef enum:
    _MAX_JUDGED = 4096  # distinct pairs, as many as ``page._verdict``'s cache keeps
    _MAX_JUDGED_BYTES = 1 << 20  # of their values

cdef _Judged *_judged = NULL
cdef size_t _judged_room = 0, _judged_count = 0, _judged_bytes = 0
cdef list _judged_verdicts = []
cdef object _judged_by = None


cdef int _forget_judged(object judge) except -1:
    """Empty the table (its copies freed), for ``judge``'s verdicts."""
    global _judged, _judged_room, _judged_count, _judged_bytes, _judged_verdicts, _judged_by
    cdef size_t index
    if _judged != NULL:
        for index in range(_judged_room):
            if _judged[index].used:
                free(_judged[index].bytes)
        free(_judged)
    _judged = <_Judged *> calloc(64, sizeof(_Judged))
    if _judged == NULL:
        _judged_room = 0
        raise MemoryError()
    _judged_room, _judged_count, _judged_bytes = 64, 0, 0
    _judged_verdicts = []
    _judged_by = judge
    return 0


cdef inline uint64_t _mixed(uint64_t hash, uint64_t word) noexcept:
    hash = (hash ^ word) * <uint64_t> 0x9E3779B97F4A7C15ULL
    return hash ^ (hash >> 29)


cdef inline uint64_t _hash_of(const lexbor_str_t *value, uint64_t hash) noexcept:
    """Return ``hash`` carried over ``value``'s bytes, eight at a time, and its length (or its absence): a clash
    costs a comparison of the bytes, which tell the values apart."""
    cdef size_t at = 0, length
    cdef uint64_t word
    if value == NULL:
        return _mixed(hash, 0xFFFFFFFFFFFFFFFFULL)
    length = value.length
    while at + 8 <= length:
        memcpy(&word, value.data + at, 8)  # one load
        hash = _mixed(hash, word)
        at += 8
    if at < length:
        word = 0
        while at < length:
            word = (word << 8) | value.data[at]
            at += 1
        hash = _mixed(hash, word)
    return _mixed(hash, length)


cdef inline bint _same_value(const lexbor_str_t *value, const char *data, Py_ssize_t length) noexcept:
    """Whether ``value`` (NULL: none) is the one kept as ``data`` and ``length`` (-1: none)."""
    if value == NULL:
        return length < 0
    return <Py_ssize_t> value.length == length and (length == 0 or memcmp(value.data, data, length) == 0)


cdef inline size_t _judged_place(uint64_t hash, const lexbor_str_t *classes, const lexbor_str_t *id_) noexcept:
    """Return the place of the pair in the table: its own, or the free one where it would go."""
    cdef size_t place = hash & (_judged_room - 1)
    cdef _Judged *entry = &_judged[place]
    while entry.used and not (
        entry.hash == hash
        and _same_value(classes, entry.bytes, entry.class_length)
        and _same_value(id_, entry.bytes + (entry.class_length if entry.class_length > 0 else 0), entry.id_length)
    ):
        place = (place + 1) & (_judged_room - 1)
        entry = &_judged[place]
    return place


cdef int _grow_judged() except -1:
    """Double the table's places, each pair moved to its hash's place."""
    global _judged, _judged_room
    cdef size_t grown = _judged_room * 2, index, place
    cdef _Judged *made = <_Judged *> calloc(grown, sizeof(_Judged))
    if made == NULL:
        raise MemoryError()
    for index in range(_judged_room):
        if _judged[index].used:
            place = _judged[index].hash & (grown - 1)
            while made[place].used:
                place = (place + 1) & (grown - 1)
            made[place] = _judged[index]
    free(_judged)
    _judged, _judged_room = made, grown
    return 0


cdef object _verdict_of(
    object judge, uint64_t hash, const lexbor_str_t *classes, const lexbor_str_t *id_
):
    """Return ``judge``'s verdict on the pair, from the table or asked (and kept, where there is room)."""
    global _judged_count, _judged_bytes
    cdef size_t place = _judged_place(hash, classes, id_)
    cdef Py_ssize_t class_length = classes.length if classes != NULL else -1
    cdef Py_ssize_t id_length = id_.length if id_ != NULL else -1
    cdef size_t size = (class_length if class_length > 0 else 0) + (id_length if id_length > 0 else 0)
    cdef char *copy
    cdef _Judged *entry
    if _judged[place].used:
        return _judged_verdicts[_judged[place].verdict]
    verdict = judge(_decoded(classes), _decoded(id_))
    if size > _MAX_JUDGED_BYTES:  # a hostile page's value: judged each time
        return verdict
    if _judged_by is not judge or _judged_count >= _MAX_JUDGED or _judged_bytes + size > _MAX_JUDGED_BYTES:
        _forget_judged(judge)
    place = _judged_place(hash, classes, id_)  # afresh: the table may have changed meanwhile
    if _judged[place].used:
        return verdict
    copy = <char *> malloc(size + 1)
    if copy == NULL:
        raise MemoryError()
    if class_length > 0:
        memcpy(copy, classes.data, class_length)
    if id_length > 0:
        memcpy(copy + (class_length if class_length > 0 else 0), id_.data, id_length)
    entry = &_judged[place]
    entry.used, entry.hash, entry.bytes = True, hash, copy
    entry.class_length, entry.id_length, entry.verdict = class_length, id_length, len(_judged_verdicts)
    _judged_verdicts.append(verdict)
    _judged_count += 1
    _judged_bytes += size
    if _judged_count * 2 > _judged_room:
        _grow_judged()
    return verdict


def named(LexborNode body, object judge, object nothing) -> list:
    """Return the elements of ``body.css("[class], [id]:not([class])")`` whose class and id ``judge`` finds
    something in (its verdict is not ``nothing``), each with its verdict; ``judge(classes, id)`` is asked once a
    distinct pair (of their bytes) while the table keeps it: ``judge`` must be a pure function of the two (and
    change nothing in the tree). The elements are those with an attribute of the class's or the id's name id, as
    lexbor's ``[class]`` and ``[id]`` match them, in the order of lexbor's walk; their class and id are the values of
    the last attributes of those names (as selectolax's ``attributes``)."""
    cdef LexborNode start = body._get_node()
    cdef lxb_dom_node_t *root = start.node
    cdef lxb_dom_node_t *at = _walk_start(body, root)
    cdef uintptr_t skipped = <uintptr_t> body.parser._fragment_wrapper if body.parser is not None else 0
    cdef const lexbor_str_t *classes
    cdef const lexbor_str_t *id_
    cdef uint64_t hash
    cdef size_t place
    cdef list found = []
    if _judged_by is not judge or _judged == NULL:
        _forget_judged(judge)
    while at != NULL:
        if (
            at.type == LXB_DOM_NODE_TYPE_ELEMENT
            and <uintptr_t> at != skipped
            and (pantau_class_attr(at) != NULL or pantau_id_attr(at) != NULL)
        ):
            classes = _value_named(at, pantau_class_attr(at), b"class", 5)
            id_ = _value_named(at, pantau_id_attr(at), b"id", 2)
            hash = _hash_of(id_, _hash_of(classes, <uint64_t> 14695981039346656037ULL))
            place = _judged_place(hash, classes, id_)
            if _judged[place].used:  # most: a value met before
                verdict = _judged_verdicts[_judged[place].verdict]
            else:
                verdict = _verdict_of(judge, hash, classes, id_)
            if verdict is not nothing:
                found.append((LexborNode.new(at, body.parser), verdict))
        at = _next(at, root, at.type == LXB_DOM_NODE_TYPE_ELEMENT)
    return found


# --- lexbor's documents, kept for the next parse ---
# selectolax makes a lexbor document for each parse and destroys it with its parser: the document's memory pools,
# its tables of names, its tokenizer and tree builder allocated, zeroed and freed again for each page (some 50,000
# instructions, and memory the cache has lost). ``parse`` parses into a document kept from an earlier page, emptied
# by ``lxb_html_document_clean`` (the pools keep their first blocks, the tables are emptied), as lexbor's
# ``lxb_html_document_parse`` empties a document parsed before: the tree is a new document's. The parser it returns
# is a ``LexborHTMLParser`` whose document, when the parser is let go (its nodes hold it, as the index does), is
# emptied and kept instead of destroyed: at most ``_KEPT_DOCUMENTS`` (a check holds two or three at once: its page's,
# the index's last one, a template's), none that read more than ``_KEPT_BYTES`` (its tokenizer keeps a buffer the
# size of the page's longest token).
from selectolax.lexbor cimport (
    LXB_DOM_DOCUMENT_CMODE_NO_QUIRKS,
    lxb_html_document_t,
    LXB_NS_HTML,
    LXB_TAG_DIV,
)

ctypedef lxb_html_document_t *(*_document_create_f)()
ctypedef lxb_html_document_t *(*_document_destroy_f)(lxb_html_document_t *document)
ctypedef void (*_document_clean_f)(lxb_html_document_t *document)
ctypedef lxb_status_t (*_document_parse_f)(lxb_html_document_t *document, const lxb_char_t *html, size_t size) nogil

cdef _document_create_f _document_create = <_document_create_f> _symbol(_handle, b"lxb_html_document_create")
cdef _document_destroy_f _document_destroy = <_document_destroy_f> _symbol(_handle, b"lxb_html_document_destroy")
cdef _document_clean_f _document_clean = <_document_clean_f> _symbol(_handle, b"lxb_html_document_clean")
cdef _document_parse_f _document_parse = <_document_parse_f> _symbol(_handle, b"lxb_html_document_parse")

cdef enum:
    _KEPT_DOCUMENTS = 4
    _KEPT_BYTES = 1 << 20

cdef lxb_html_document_t *_kept[_KEPT_DOCUMENTS]
cdef Py_ssize_t _kept_count = 0
_preprocess_input = selectolax.lexbor.preprocess_input


cdef class _Parsed(LexborHTMLParser):
    """selectolax's parser of a page, its document kept for the next parse when it is let go."""

    cdef Py_ssize_t _read  # the bytes the document read

    def __dealloc__(self):
        # Before ``LexborHTMLParser``'s, which destroys the document unless it is NULL.
        global _kept_count
        cdef lxb_html_document_t *document = self.document
        if document == NULL:
            return
        self.document = NULL
        if _kept_count < _KEPT_DOCUMENTS and self._read <= _KEPT_BYTES:
            _document_clean(document)
            _kept[_kept_count] = document
            _kept_count += 1
        else:
            _document_destroy(document)


def parse(html) -> LexborHTMLParser:
    """Return ``LexborHTMLParser(html)``'s tree (``html`` a string, or UTF-8), parsed into a kept document where
    there is one."""
    global _kept_count
    cdef bytes raw
    cdef Py_ssize_t length
    cdef lxb_html_document_t *document
    cdef lxb_status_t status
    cdef const lxb_char_t *data
    raw, length = _preprocess_input(html)
    cdef _Parsed parsed = _Parsed.__new__(_Parsed)
    # As ``LexborHTMLParser.__init__`` leaves a parser of a document (not a fragment).
    parsed._is_fragment = False
    parsed._fragment_wrapper = NULL
    parsed._fragment_tag_id = LXB_TAG_DIV
    parsed._fragment_namespace_id = LXB_NS_HTML
    parsed._selector = None
    if _kept_count:
        _kept_count -= 1
        document = _kept[_kept_count]
    else:
        document = _document_create()
        if document == NULL:
            raise SelectolaxError("Failed to initialize object for HTML Document.")
    parsed.document = document
    parsed._read = length
    # lexbor's tree builder sets the quirks modes, not the mode of a page with a standard doctype: a new document's.
    # (Its options and scripting are a new document's: selectolax sets them only in ``__init__``.)
    document.dom_document.compat_mode = LXB_DOM_DOCUMENT_CMODE_NO_QUIRKS
    data = <const lxb_char_t *> <char *> raw
    with nogil:
        status = _document_parse(document, data, length)
    if status != LXB_STATUS_OK:
        raise SelectolaxError("Can't parse HTML.")
    parsed.raw_html = raw
    return parsed


# --- parts of one own compound under ancestors told by their names ---

# "h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href]": in a listed search each link's ``a[href]`` is tested,
# and its ancestors walked to the document, once for each part, most of the search's cost. Where every part is ``X
# Y`` (or Y) of one Y and its X an element's name alone, of lexbor's own, the elements of each X's list mark the
# entries of Y's list they hold (between their place and their end in the index: their descendants, as the walk of
# an element's ancestors finds them), a bit a part; only an entry marked is matched, and found once for each part
# marked, in the parts' order, as the scan of each part's list would find it. The ancestors are walked no more: a
# page's links are many, its headings few.


cdef bint _same_compound(_Part *one, _Part *other):
    """Whether two compounds without ``:not()`` name the same (``_prepare_compound``'s ids, classes, id and values)."""
    cdef Py_ssize_t index
    if one.nots or other.nots:
        return False
    if one.typed != other.typed or one.tag != other.tag or one.attributes != other.attributes:
        return False
    if one.classes != other.classes or one.values != other.values or one.id_length != other.id_length:
        return False
    if (one.id_ == NULL) != (other.id_ == NULL):
        return False
    if one.id_ != NULL and memcmp(one.id_, other.id_, one.id_length) != 0:
        return False
    for index in range(one.attributes):
        if one.attribute[index] != other.attribute[index]:
            return False
    for index in range(one.classes):
        if one.class_length[index] != other.class_length[index]:
            return False
        if memcmp(one.class_[index], other.class_[index], one.class_length[index]) != 0:
            return False
    for index in range(one.values):
        if one.valued[index] != other.valued[index] or one.value_length[index] != other.value_length[index]:
            return False
        if memcmp(one.value[index], other.value[index], one.value_length[index]) != 0:
            return False
    return True



cdef bint _one_own_compound(_Part *prepared, Py_ssize_t *starts, Py_ssize_t count):
    """Whether the parts (two or more) share their own compound and each has no ancestor or one of a name alone."""
    cdef Py_ssize_t index
    cdef _Part *part
    cdef _Part *ancestor
    if count < 2:
        return False
    for index in range(count):
        part = &prepared[starts[index]]
        if index and not _same_compound(&prepared[starts[0]], part):
            return False
        if part.ancestor:
            ancestor = part + part.ancestor
            if not (ancestor.typed and 0 < ancestor.tag < LXB_TAG__LAST_ENTRY):
                return False
            if ancestor.attributes or ancestor.classes or ancestor.id_ != NULL or ancestor.values or ancestor.nots:
                return False
    return True


cdef bint _ancestors_by_name(
    LexborNode node,
    _Part *prepared,
    Py_ssize_t *starts,
    Py_ssize_t count,
    Py_ssize_t at_,
    Py_ssize_t last,
    uintptr_t skipped,
    int first,
    list found,
) except -1:
    """Add to ``found`` the elements of ``_pool[at_:last]`` (Y's list, within the searched range) that match the
    parts (``_one_own_compound``), once for each part, in the parts' order. An element's ancestors of a part's name
    are told by the index: the elements of that name (their list) whose places hold it (up to their ``_ends``), a
    bit a part set on the entries of Y's list within each; only an element with a bit is matched."""
    cdef Py_ssize_t index, size = last - at_, entry, low, high, start, end, ancestor
    cdef uint64_t own = 0, met, bit
    cdef uint64_t *marks
    cdef uintptr_t tag
    cdef _Part *part
    cdef lxb_dom_node_t *at
    if size <= 0:
        return True
    marks = <uint64_t *> calloc(size, sizeof(uint64_t))
    if marks == NULL:
        raise MemoryError()
    try:
        for index in range(count):
            part = &prepared[starts[index]]
            bit = (<uint64_t> 1) << index
            if part.ancestor == 0:
                own |= bit
                continue
            tag = (part + part.ancestor).tag
            end = _tag_end[tag]
            low = at_
            for ancestor in range(end - _tag_size[tag], end):
                start = _pool[ancestor]
                # Y's entries within the ancestor: places after its own, before its end. Stepped, not bisected: the
                # ancestors' places ascend, and Y's entries within are marked one by one anyway.
                while low < last and _pool[low] <= start:
                    low += 1
                if low == last:  # the ancestors after it hold none of Y's either
                    break
                high, start = low, _ends[start]
                while high < last and _pool[high] < start:
                    marks[high - at_] |= bit
                    high += 1
        for entry in range(size):
            met = own | marks[entry]
            if not met:
                continue
            at = _nodes[_pool[at_ + entry]]
            if at == NULL or <uintptr_t> at == skipped or not _matches(at, &prepared[starts[0]]):
                continue
            for index in range(count):
                if met & ((<uint64_t> 1) << index):
                    found.append(_made(at, node.parser, first))
                    if first & _FIRST:  # not every element wanted
                        return True
    finally:
        free(marks)
    return True


# --- a query's parts prepared once ---

# A search prepared its query's parts (``_prepare``: the compounds' names looked up, their bytes pointed at) at each
# call, some 500 instructions, though most queries are the code's constants asked of every page, some of them dozens
# of times a page (``select_first(heading, "a[href]")``). Where every name of a query is one of lexbor's own
# (ids below ``LXB_TAG__LAST_ENTRY`` and ``LXB_DOM_ATTR__LAST_ENTRY``: its constants, the same in every document),
# its prepared parts hold for every document and are kept (``_kept_prepared``); a query that names another
# (``local-time``) has its ids looked up in each document, as before, and is prepared at each search. The parts
# point into the bytes of the query's parsed form (``_simple``), which the kept parts hold.
cdef class _Prepared:
    cdef _Part *parts
    cdef Py_ssize_t starts[_MAX_PARTS]
    cdef Py_ssize_t count
    cdef list known  # the parsed parts (``_simple_of``), whose bytes ``parts`` point into

    def __dealloc__(self):
        free(self.parts)


cdef dict _kept_prepared = {}


cdef bint _own_names(_Part *part):
    """Whether the names of a compound (not its ``:not()``'s) are all lexbor's own, known in every document alike."""
    cdef Py_ssize_t index
    if part.typed and not 0 < part.tag < LXB_TAG__LAST_ENTRY:
        return False
    for index in range(part.attributes):
        if not 0 < part.attribute[index] < LXB_DOM_ATTR__LAST_ENTRY:
            return False
    for index in range(part.values):
        if not 0 < part.valued[index] < LXB_DOM_ATTR__LAST_ENTRY:
            return False
    return True


cdef int _keep_prepared(
    str query, list parts, _Part *prepared, Py_ssize_t *starts, Py_ssize_t count, Py_ssize_t filled
) except -1:
    """Keep ``query``'s prepared parts where all their names are lexbor's own (and there is room)."""
    cdef Py_ssize_t index
    cdef _Prepared kept
    if len(_kept_prepared) >= _MAX_PARSED:
        return 0
    for index in range(filled):
        if not _own_names(&prepared[index]):
            return 0
    kept = _Prepared()
    kept.parts = <_Part *> calloc(filled, sizeof(_Part))
    if kept.parts == NULL:
        raise MemoryError()
    memcpy(kept.parts, prepared, filled * sizeof(_Part))
    memcpy(kept.starts, starts, count * sizeof(Py_ssize_t))
    kept.count = count
    kept.known = parts
    _kept_prepared[query] = kept
    return 0


# --- whether a search finds anything ---

# ``machine_parts`` asks each of a page's headings (some 45) whether it holds a link (``select_first(heading,
# "a[href]")``), and most do: each question a Python call, a list and a node made for the link, all let go at once.
# ``without`` asks them all in one call, a search that stops at its first element (``_WHETHER``) and makes no node.
cdef enum:
    _ALL = 0  # every element found
    _FIRST = 1  # the first one
    _WHETHER = 3  # the first one, added as None: whether there is one
    _PLACES = 4  # every element, added as its address (an int): no node made


cdef inline object _made(lxb_dom_node_t *at, LexborHTMLParser parser, int first):
    """Return the node a search adds to what it found: ``at``'s, or None where it asks only whether it finds one, or
    its address (``_PLACES``)."""
    if first == _WHETHER:
        return None
    if first == _PLACES:
        return PyLong_FromVoidPtr(at)
    return LexborNode.new(at, parser)


def without(list nodes not None, str query) -> list:
    """Return those of ``nodes`` in which ``query`` finds nothing (``select_first(node, query) is None``), in their
    order."""
    cdef list left = []
    cdef LexborNode node, at
    cdef object ready = _kept_prepared.get(query)  # once for all (``_search`` looks it up at each call)
    for searched in nodes:
        node = <LexborNode?> searched
        if ready is not None:
            at = node._get_node()
            found = _prepared_search(
                node, at.node, (<_Prepared> ready).parts, (<_Prepared> ready).starts, (<_Prepared> ready).count, _WHETHER
            )
        else:
            found = _search(node, query, _WHETHER)
            ready = _kept_prepared.get(query)
        if not found:
            left.append(node)
    return left


# --- the dates' years read ---
# ``dates._scanned`` read each year of a text in a Python loop (the year-first marks' ``startswith``, the year's
# slice, the window's read, its six parts unpacked, the limits' bisection, the date's tuple): some 7 k instructions a
# named date, most of a page's. A named date without a line in its head is read here; any other year is given to the
# Python reading (``reader.read``), which reads it whole as before.
from cpython.list cimport PyList_GET_ITEM, PyList_GET_SIZE
from cpython.tuple cimport PyTuple_GET_ITEM


cdef extern from "Python.h":
    str PyUnicode_Substring(str text, Py_ssize_t start, Py_ssize_t end)


def years_read(
    str text not None, list starts not None, Py_ssize_t width, read, reader, Py_ssize_t reach
) -> None:
    """Read the years of ``text`` at ``starts`` (in order) into ``reader.found``, as ``dates._YearsRead.read`` reads
    each: a year after a digit is none, one a separator follows (a date may be written year first), one whose window
    (its ``width`` characters before, reversed) ``read`` reads as a numeric date or as a named one whose head crosses a
    line goes to ``reader.read(start, window)``; a named date is added with the limit ``reader.limited()``'s ``of``
    gives where one of its words' starts is within ``reach`` before its label, or where a countdown is in the text.
    ``read`` may be a ``WindowReads``: its reads kept are looked up by the window's and the year's characters."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), start, end, count, k, label, low, high, middle, words
    cdef Py_UCS4 chars[68]  # the window, then the year's four characters (``WindowReads``)
    cdef Py_UCS4 after
    cdef WindowReads kept = read if type(read) is WindowReads else None
    cdef uint64_t hash
    cdef list found = reader.found
    cdef object limits = None, limit
    cdef list heads = None
    cdef bint countdown = False
    cdef tuple got
    if width > 64:
        raise ValueError("width over 64")
    for place in starts:
        start = place
        if start < 0 or start + 4 > size:
            raise IndexError("a year out of the text")
        if start and Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, start - 1)):
            continue
        count = start if start < width else width
        for k in range(count):
            chars[k] = PyUnicode_READ(kind, data, start - 1 - k)
        end = start + 4
        after = PyUnicode_READ(kind, data, end) if end < size else 0
        if after == 0x2D or after == 0x2F or after == 0x2E:  # "-", "/", ".": ``_AFTER_YEAR_MARKS``
            reader.read(start, PyUnicode_FromKindAndData(4, chars, count))
            continue
        if kept is not None:
            hash = _hashed(_FNV_START, <Py_UCS4> count)
            for k in range(count):
                hash = _hashed(hash, chars[k])
            for k in range(4):
                chars[count + k] = PyUnicode_READ(kind, data, start + k)
                hash = _hashed(hash, chars[count + k])
            result = kept._read(chars, count + 4, count, hash)
        else:
            result = read(PyUnicode_FromKindAndData(4, chars, count), PyUnicode_Substring(text, start, end))
        if result is None:
            continue
        got = <tuple> result
        # (head, last, head_end, back, newline, first): a numeric date, or a head across a line, read in Python.
        if <object> PyTuple_GET_ITEM(got, 1) is None or <object> PyTuple_GET_ITEM(got, 4) is not False:
            reader.read(start, PyUnicode_FromKindAndData(4, chars, count))
            continue
        label = start - <Py_ssize_t> <object> PyTuple_GET_ITEM(got, 3)
        if limits is None:
            limits = reader.limited()
            heads = limits.starts
            countdown = limits.countdown
        # The first of the words' starts at or after ``label - reach``, if before the label (``bisect_left``).
        low, high, words = 0, PyList_GET_SIZE(heads), PyList_GET_SIZE(heads)
        while low < high:
            middle = (low + high) // 2
            if <Py_ssize_t> <object> PyList_GET_ITEM(heads, middle) < label - reach:
                low = middle + 1
            else:
                high = middle
        if countdown or (low < words and <Py_ssize_t> <object> PyList_GET_ITEM(heads, low) < label):
            limit = limits.of(label, end)
        else:
            limit = None
        last = <object> PyTuple_GET_ITEM(got, 1)
        first = <object> PyTuple_GET_ITEM(got, 5)
        head_start = start - <Py_ssize_t> <object> PyTuple_GET_ITEM(got, 2)
        found.append((last, head_start, end, None, limit))
        if first is not None:
            found.append((first, head_start, end, last, limit))


# --- the term scan's walk of a text as it is ---
# Most texts the term scan reads have no character beyond ASCII whose case or look counts (a bullet, a curly quote, a
# dash): their lower case in Latin-1 is their own characters, an ASCII capital as its small letter and "?" for each
# beyond Latin-1. Walked as they are, through the classes of bytes read as their lower case (``Moves.folded``), they
# need neither a lowered copy nor its Latin-1: a text of one byte a character is walked in place, one of two bytes
# narrowed to Latin-1 first.

def plain_found(Moves moves, str text not None, bytes notable not None):
    """Return ``moves.found(text.lower().encode("latin-1", "replace"))`` for an automaton of words in lower-case ASCII
    without "?", where no character of ``text`` beyond ASCII is ``notable`` (a bit a character of two bytes, the
    lowest first); else None, as for a text of four bytes a character. (A character whose lower case is another, or
    that a text's reading sees otherwise, is made notable by the caller.)"""
    if len(notable) != _NOTABLE_BYTES:
        raise ValueError("a bit for each character of two bytes")
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text)
    cdef const uint8_t *bits = <const uint8_t *> PyBytes_AS_STRING(notable)
    cdef unsigned char *narrow
    if kind == 4 or _any_notable(PyUnicode_DATA(text), kind, size, bits):
        return None
    if kind == 1:
        return moves._found(<const unsigned char *> PyUnicode_DATA(text), size, moves.folded)
    narrow = <unsigned char *> malloc(size or 1)
    if narrow == NULL:
        raise MemoryError()
    try:
        pantau_narrowed_twos(<const uint16_t *> PyUnicode_DATA(text), narrow, size)
        return moves._found(narrow, size, moves.folded)
    finally:
        free(narrow)


cdef enum:
    _NOTABLE_BYTES = 8192  # a bit for each character of two bytes


cdef bint _any_notable(const void *data, int kind, Py_ssize_t size, const uint8_t *bits) noexcept:
    """Tell whether a text of ``kind`` (1 or 2) bytes a character holds a character whose bit is set in ``bits``."""
    cdef const uint8_t *ones = <const uint8_t *> data
    cdef const uint16_t *twos = <const uint16_t *> data
    cdef Py_ssize_t at = _beyond_ascii_from(data, kind, size, 0)
    cdef uint32_t c
    while at < size:
        c = ones[at] if kind == 1 else twos[at]
        if bits[c >> 3] >> (c & 7) & 1:
            return True
        at = _beyond_ascii_from(data, kind, size, at + 1)
    return False


cdef extern from "Python.h":
    int PyUnicode_IS_ASCII(object text)


cdef bint _upper(str text) except -1:
    """``text.isupper()``: an ASCII text's letters read here (a capital and no small letter), any other's asked."""
    cdef const uint8_t *ones
    cdef Py_ssize_t at
    cdef bint cased = False
    PyUnicode_READY(text)
    if not PyUnicode_IS_ASCII(text):
        return text.isupper()
    ones = <const uint8_t *> PyUnicode_DATA(text)
    for at in range(PyUnicode_GET_LENGTH(text)):
        if <uint8_t> (ones[at] - 97) < 26:  # a small letter
            return False
        cased = cased or <uint8_t> (ones[at] - 65) < 26
    return cased


# --- the dates' marks kept ---
# ``dates.date_marks`` rebuilt each date ``_scanned`` found as a tuple of the limit's flag, and ``dates.marked_dates``
# read each again against the check's time, five conditions a date: some 3 k instructions a date in Python, 40 dates
# on a department's home page. Both walks are made here; the rare dates a clock or a widget may show are still asked
# of Python.

def written_marks(scanned, bint clocks):
    """Return ``dates.date_marks``' ``written`` of the dates ``_scanned`` found (``scanned``: each date, its span, a
    range's last day and its limit): those of no limit "bound", each with what says whether it counts only while not
    ahead, by its truth (its limit "until", or with ``clocks`` "maintenance": the found tuple itself, its limit last;
    False for a "maintenance" without ``clocks``, a new tuple)."""
    cdef list kept = []
    cdef tuple got
    for item in scanned:
        got = <tuple?> item
        limit = <object> PyTuple_GET_ITEM(got, 4)
        if limit is None or limit == "until" or (clocks and limit == "maintenance"):
            kept.append(got)  # most dates: no limit, and no new tuple
        elif limit != "bound":
            kept.append(
                (<object> PyTuple_GET_ITEM(got, 0), <object> PyTuple_GET_ITEM(got, 1),
                 <object> PyTuple_GET_ITEM(got, 2), <object> PyTuple_GET_ITEM(got, 3), False)
            )
    return tuple(kept)


def dates_kept(written, now, today, since, Py_ssize_t plan_periods, planned_of, recent, long year, shown):
    """Return the dates of ``written`` (``dates.Marks.written``) that ``dates.marked_dates`` keeps at ``now``: a
    range's while its last day is ahead, none of a plan's periods (``planned_of(written, now)``, asked where
    ``plan_periods`` or more ranges are), one in ``recent`` only in ``year`` or the one before, one a limit ends only
    while not after ``today``, and none after ``since`` that ``shown(date, start, end)`` says a clock or a widget
    shows."""
    cdef Py_ssize_t ranges = 0
    cdef tuple got
    for item in written:
        if <object> PyTuple_GET_ITEM(<tuple?> item, 3) is not None:
            ranges += 1
    planned = planned_of(written, now) if ranges >= plan_periods else None
    if not planned:
        planned = None
    if not recent:
        recent = None
    cdef list found = []
    for item in written:
        got = <tuple> item
        day = <object> PyTuple_GET_ITEM(got, 0)
        last = <object> PyTuple_GET_ITEM(got, 3)
        if last is not None and not (last > now):
            continue
        if planned is not None and (<object> PyTuple_GET_ITEM(got, 1), <object> PyTuple_GET_ITEM(got, 2)) in planned:
            continue
        if (
            recent is not None
            and (<object> PyTuple_GET_ITEM(got, 1), <object> PyTuple_GET_ITEM(got, 2)) in recent
            and not (year - 1 <= day.year <= year)
        ):
            continue
        if <object> PyTuple_GET_ITEM(got, 4) and day > today:
            continue
        if day > since and shown(day, <object> PyTuple_GET_ITEM(got, 1), <object> PyTuple_GET_ITEM(got, 2)):
            continue
        found.append(day)
    return found


# --- the links' dated addresses ---
# ``freshness._dated_paths`` asked ``"/20" in link.href`` of each of a page's links in Python: some 650 instructions
# a link (the search's set-up, the loop's bytecode), a hundred links a page, few of them dated. The "2"s of an address
# are found here by ``memchr`` (``_next_of``) and the characters around each compared.
from cpython.tuple cimport PyTuple_GET_SIZE


def dated_hrefs(links, Py_ssize_t limit) -> list:
    """Return the addresses of those of the first ``limit`` of ``links`` (``page.Link``s, tuples of a text and an
    address) that hold "/20", in their order: what ``[link.href for link in links[:limit] if "/20" in link.href]``
    returns."""
    cdef list found = []
    cdef Py_ssize_t count = 0
    for link in links:
        if count >= limit:
            break
        count += 1
        if not isinstance(link, tuple) or PyTuple_GET_SIZE(link) != 2:
            raise TypeError("a link is a tuple of its text and its address")
        href = <object> PyTuple_GET_ITEM(link, 1)
        if not isinstance(href, str):
            raise TypeError("a link's address is a string")
        if _holds_slash_20(href):
            found.append(href)
    return found


cdef bint _holds_slash_20(str text) except -1:
    """``"/20" in text``."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), i = 1
    # The "2"s: an address has fewer of them than "/"s (one a path's part, two after its scheme), most none.
    while (i := _next_of(data, kind, i, size, 50)) < size - 1:  # a "2" with a character before and after it
        if PyUnicode_READ(kind, data, i - 1) == 47 and PyUnicode_READ(kind, data, i + 1) == 48:  # "/", "0"
            return True
        i += 1
    return False


# --- the headlines counted ---
# ``page._headlines`` made a set of the ``mem_id`` of the links left out (a chrome's and sidebars', some 100) and read
# each headline's link's ``mem_id`` through a generator: a Python int, a set's add or look-up and a frame's step each.
def count_besides(list nodes not None, list left_out not None) -> Py_ssize_t:
    """Return how many of ``nodes`` are none of ``left_out`` (the same element: ``mem_id``), a node listed twice
    counted twice."""
    cdef _Places places
    cdef Py_ssize_t count = 0
    cdef LexborNode node
    _places_of(&places, left_out)
    try:
        for node in nodes:
            if not _has_place(&places, <uintptr_t> node.node):
                count += 1
    finally:
        free(places.slots)
    return count


# --- the dates' words split and short years' places ---
# ``dates._words_in`` split the date words' matches (59 on the bench page's articles, 40 of them "lalu") in Python:
# a list comprehension of the limits' and a loop of ``setdefault`` for the relative phrases', some 1.3 k instructions
# a match. ``dates._short_dated`` asked each of its marks apart (five ``in``, two ``separated_twice``, one
# ``after_one_of``: eight passes and their calls); most texts hold no place of any.
from cpython.dict cimport PyDict_GetItem, PyDict_SetItem


def date_words(Moves moves, bytes low not None, Py_ssize_t hinted, tuple relative not None) -> tuple:
    """Return ``dates._words_in``'s matches of ``moves``' words in ``low`` (a text lowered, in bytes): those of the
    first ``hinted`` words (the limits' and the countdown's), as ``Moves.found`` gives them, and a dict of each of the
    others' (``relative``: theirs, in order) to the list of where it starts, in order. Read from the walks' hits:
    a relative word's match is no tuple (most of a news list's: "lalu" in each "melalui")."""
    cdef _Hits hits
    cdef list hints = []
    cdef dict present = {}
    cdef Py_ssize_t walk, k, end, index, length
    cdef object word
    cdef void *places
    memset(&hits, 0, sizeof(hits))
    try:
        moves._walked(<const unsigned char *> PyBytes_AS_STRING(low), PyBytes_GET_SIZE(low), moves.classes, &hits)
        for walk in range(_WALKS):
            for k in range(hits.count[walk]):
                end = hits.items[walk][k].end
                for index, length in moves.ends[hits.items[walk][k].state // moves.slot]:
                    if index < hinted:
                        hints.append((index, end - length, end))
                        continue
                    word = relative[index - hinted]
                    places = PyDict_GetItem(present, word)
                    if places == NULL:
                        PyDict_SetItem(present, word, [end - length])
                    else:
                        (<list> places).append(end - length)
    finally:
        _free_hits(&hits)
    return hints, present


def short_places(str text not None):
    """Return the places where ``dates._short_dated``'s dates of two-digit years may start: those of "'" and "’" (an
    apostrophe's year), those of "/", "-" and "." that the same character follows two or three characters on
    (``separated_twice``), and those of "3" where the second of ``dates._NAMED_SHORT_YEARS`` may match
    (``_named_threes``), in order; None where there is none of any."""
    PyUnicode_READY(text)
    cdef list quote = _places(text, 0x27, 0, None)
    # A text of one byte a character holds no "’" (and ``memchr`` would look for a byte of it).
    cdef list curly = _places(text, 0x2019, 0, None) if PyUnicode_KIND(text) != 1 else []
    cdef list slash = _places(text, 0x2F, 0x2F, None)
    cdef list hyphen = _places(text, 0x2D, 0x2D, None)
    cdef list dot = _places(text, 0x2E, 0x2E, None)
    cdef list three = _named_threes(text)
    if not (quote or curly or slash or hyphen or dot or three):
        return None
    return quote, curly, slash, hyphen, dot, three


# --- the articles' texts joined ---
# ``page._without_todays_boxes`` read each of a page's articles' text (``text_of``, 40 calls on a news list), cut each
# one's head and searched the heads joined for the words of a box of the day three times: the Python calls and the
# searches cost more than the texts' reading. ``joined_text`` reads them into one buffer, decodes it once and looks
# for the words in each head's bytes (most heads hold none of them).
cdef extern from *:
    """
    /* The bytes of ``text`` before its ``head + 1``-th byte that is no UTF-8 continuation byte (10xxxxxx), eight
       at a time while they hold no more than that. */
    static inline Py_ssize_t pantau_head_bytes(const unsigned char *text, Py_ssize_t size, Py_ssize_t head)
    {
        Py_ssize_t end = 0, chars = 0, leads;
        uint64_t word, continued;
        while (end + 8 <= size) {
            memcpy(&word, text + end, 8);
            continued = word & ~(word << 1) & 0x8080808080808080ULL;
            leads = 8 - (Py_ssize_t) (((continued >> 7) * 0x0101010101010101ULL) >> 56);
            if (chars + leads > head)
                break;
            chars += leads;
            end += 8;
        }
        while (end < size) {
            if ((text[end] & 0xC0) != 0x80) {
                if (chars == head)
                    break;
                chars++;
            }
            end++;
        }
        return end;
    }
    """
    Py_ssize_t pantau_head_bytes(const unsigned char *text, Py_ssize_t size, Py_ssize_t head)


def joined_text(list nodes not None, str separator not None, Py_ssize_t head, tuple marks not None):
    """Return ``separator.join(text_of(node, separator) for node in nodes)``, or None where a node's text's first
    ``head`` characters may hold one of ``marks`` (words of ASCII, as bytes): the caller reads them one by one."""
    cdef _Text buffer = _text_buffer
    cdef bytes joiner = separator.encode("utf-8")
    cdef Py_ssize_t index, start, count, between = len(joiner)
    cdef LexborNode node, start_node
    cdef lxb_dom_node_t *root
    cdef lxb_dom_node_t *at
    cdef const lexbor_str_t *data
    cdef char *out
    buffer.size = 0
    for index in range(len(nodes)):
        node = <LexborNode?> nodes[index]
        if index and between:
            buffer.add(<const char *> joiner, between)
        start, count = buffer.size, 0
        # ``_fill``'s deep walk, adding to what the buffer holds (``_add``'s, without a call a text node)
        start_node = node._get_node()
        root = start_node.node
        at = root.first_child
        if root == node.node and root.type == LXB_DOM_NODE_TYPE_TEXT:
            at = root  # its own characters; a text node has no children
        while at != NULL:
            if at.local_name == LXB_TAG__TEXT:
                data = pantau_data_of(at)
                if data.data != NULL:
                    out = _room_for(buffer, <Py_ssize_t> data.length + between)
                    if count and between:
                        memcpy(out, <const char *> joiner, between)
                        out += between
                        buffer.size += between
                    memcpy(out, data.data, data.length)
                    buffer.size += data.length
                    count += 1
            at = _next(at, root, True)
        if marks and _may_hold(<const unsigned char *> buffer.data + start, buffer.size - start, head, marks):
            return None
    return _decoded_from(buffer)


cdef bint _may_hold(const unsigned char *text, Py_ssize_t size, Py_ssize_t head, tuple marks) except -1:
    """Whether one of ``marks`` is in the bytes of ``text``'s first ``head`` characters: those before its
    ``head + 1``-th byte that is no UTF-8 continuation byte (decoded with replacements, the text has as many
    characters at the least: a superset of its first ``head`` characters' bytes)."""
    cdef Py_ssize_t end = pantau_head_bytes(text, size, head), length, at
    cdef const unsigned char *found
    cdef bytes mark
    for mark in marks:
        length = len(mark)
        if length == 0:
            return True
        at = 0
        while end - at >= length:
            found = <const unsigned char *> memchr(text + at, (<const unsigned char *> mark)[0], end - at - length + 1)
            if found == NULL:
                break
            if memcmp(found, <const char *> mark, length) == 0:
                return True
            at = found - text + 1
    return False


# --- an element above a node, by its name ---
# ``page._is_chrome`` and ``machine_parts._in_article`` climbed a node's parents in Python, each step a node made
# and its name read: some 5,000 instructions a node.
def has_ancestor(LexborNode node not None, tuple names not None) -> bool:
    """Return whether one of ``node``'s ancestors (``parent``, its ``parent``, ...) is an element named one of
    ``names`` (its ``tag``)."""
    cdef uintptr_t ids[8]
    cdef Py_ssize_t count = len(names), index
    cdef lxb_dom_node_t *at = _above(node)
    cdef bytes name
    if count > 8:
        raise ValueError("at most eight names")
    for index in range(count):
        name = (<str> names[index]).encode("utf-8")
        # an id the document has given no element is no element's (0, lexbor's "undefined", is none's either)
        ids[index] = _tag_id(node.node.owner_document.tags, <const lxb_char_t *> name, len(name))
    while at != NULL:
        if at.type == LXB_DOM_NODE_TYPE_ELEMENT:
            for index in range(count):
                if ids[index] != 0 and at.local_name == ids[index]:
                    return True
        at = _up(at, node.parser)
    return False


# --- a link's site ---
# ``page._linked_site`` cut an address with a dozen string methods (a strip, a lowering of its scheme, slices,
# partitions), each some 700 instructions: the address's characters are read here, and only its host is made a str.
cdef extern from "Python.h":
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)


cdef inline bint _is_ascii_word(int kind, const void *data, Py_ssize_t at, str word):
    """Whether the characters from ``at`` are ``word`` (ASCII, lower case), its letters in either case: as the
    characters lowered by ``str.lower`` start with it (no other character lowers to one beginning with these)."""
    cdef Py_ssize_t index
    cdef unsigned int c, w
    for index in range(len(word)):
        c = PyUnicode_READ(kind, data, at + index)
        w = ord(word[index])
        if c != w and not (97 <= w <= 122 and c == w - 32):
            return False
    return True


def linked_site(str href not None):
    """Return ``page._linked_site(href)``: the host of an absolute address (http, https, or from "//"), lowered,
    without its user, port and "www.", or None for a relative one."""
    PyUnicode_READY(href)
    cdef int kind = PyUnicode_KIND(href)
    cdef const void *data = PyUnicode_DATA(href)
    cdef Py_ssize_t start = 0, end = PyUnicode_GET_LENGTH(href), at, host
    cdef Py_UCS4 c
    while start < end and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start)):
        start += 1
    while end > start and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1)):
        end -= 1
    if end - start >= 8 and _is_ascii_word(kind, data, start, "https://"):
        start += 8
    elif end - start >= 7 and _is_ascii_word(kind, data, start, "http://"):
        start += 7
    elif end - start >= 2 and _is_ascii_word(kind, data, start, "//"):
        start += 2
    else:
        return None
    at = start
    while at < end:  # up to the first "/", "?" or "#"
        c = PyUnicode_READ(kind, data, at)
        if c == 47 or c == 63 or c == 35:
            break
        at += 1
    end = at
    host = start
    while at > start:  # after the last "@"
        at -= 1
        if PyUnicode_READ(kind, data, at) == 64:
            host = at + 1
            break
    at = host
    while at < end and PyUnicode_READ(kind, data, at) != 58:  # before the first ":"
        at += 1
    lowered = PyUnicode_Substring(href, host, at).lower()
    return lowered[4:] if lowered.startswith("www.") else lowered


# --- the fingerprint's words read from the text ---
# ``freshness.fingerprint`` encoded the main text first (``text.utf8_and_others``: a pass and a bytes object of its
# own), and ``words_without`` then read the UTF-8 a byte at a time: each byte translated, compared with the six bytes
# ``bytes.split()`` splits on and written, and each word looked up by its length and first byte among the date words
# (a ``memcmp`` for each of those). ``TextWords`` reads the text's characters as they are: an ASCII character's class
# (a space, or its translated byte) is one look-up, a character beyond ASCII is written as its UTF-8 translated byte
# by byte, and a word is looked up only where a sieve of the left-out words' lengths, first and last bytes holds it.
from cpython.bytes cimport _PyBytes_Resize
from cpython.object cimport PyObject
from cpython.ref cimport Py_XDECREF

cdef extern from "Python.h":
    PyObject *_bytes_to_fill "PyBytes_FromStringAndSize"(const char *data, Py_ssize_t size) except NULL

ctypedef fused _text_char:
    uint8_t
    uint16_t

cdef enum:
    _SPACE_CLASS = 256  # an ASCII character that, translated, is one that ``bytes.split()`` splits on
    _NUL_CLASS = 512  # the text's end, or a NUL of its own: read on its own
    _OTHER_CLASS = 0x10000  # with the character: one beyond ASCII, read on its own (the loop keeps no character)
    _SIEVE_WORDS = 64  # of 64 bits: 4096, a bit for each of ``_sieve_bit``'s 12 bits


cdef inline uint32_t _sieve_bit(Py_ssize_t length, unsigned char first, unsigned char last) noexcept:
    return (<uint32_t> (((<uint32_t> length) << 16 | first << 8 | last) * 2654435761U)) >> 20


cdef class TextWords:
    """The words of a text as ``words_without(text.encode(), table, left_out)`` gives them, with the text's
    characters beyond ASCII (``utf8_and_beyond_ascii``'s), read from the text's characters in one pass."""
    cdef unsigned char _to[256]
    cdef uint32_t _classes[256]  # of each character of one byte: its translated byte, ``_SPACE_CLASS`` or another
    cdef WordSet _left_out
    cdef uint64_t _sieve[_SIEVE_WORDS]  # a bit for each (length, first byte, last byte) of the left-out words

    def __cinit__(self, bytes table not None, WordSet left_out not None):
        cdef const unsigned char *to = _table_of(table)
        cdef const unsigned char *joined = left_out._joined
        cdef Py_ssize_t byte, length, at
        cdef uint32_t bit
        memcpy(self._to, to, 256)
        for byte in range(256):
            if byte == 0:
                self._classes[byte] = _NUL_CLASS
            elif byte >= 128:
                self._classes[byte] = _OTHER_CLASS | byte
            else:
                self._classes[byte] = <uint32_t> _SPACE_CLASS if _split_space(to[byte]) else <uint32_t> to[byte]
        self._left_out = left_out
        memset(self._sieve, 0, sizeof(self._sieve))
        for length in range(1, left_out._longest + 1):  # the words of one length stand side by side in ``_joined``
            at = left_out._first[_key(length, 0)]
            while at < left_out._first[_key(length + 1, 0)]:
                bit = _sieve_bit(length, joined[at], joined[at + length - 1])
                self._sieve[bit >> 6] |= (<uint64_t> 1) << (bit & 63)
                at += length

    def words(self, str text not None):
        """Return ``(words_without(text.encode(), table, left_out), frozenset(c for c in text if not c.isascii()))``,
        or None for a text of four bytes a character or with a lone surrogate (whose encoding raises)."""
        PyUnicode_READY(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), written
        cdef const void *data = PyUnicode_DATA(text)
        cdef uint64_t seen[_ONE_PLANE_WORDS]
        cdef Py_ssize_t words = 4 if kind == 1 else _ONE_PLANE_WORDS  # of ``seen``, that the text's characters reach
        if kind == 4:
            return None
        # The pass stops at the NUL that CPython writes after a text's characters (a NUL of the text's own is told
        # from it by its place); a text without it is left to the encoding.
        if (kind == 1 and (<const uint8_t *> data)[size]) or (kind == 2 and (<const uint16_t *> data)[size]):
            return None
        memset(seen, 0, words * sizeof(uint64_t))
        # A character is written as at most its UTF-8 (a space as nothing; a byte of it translated to a space as
        # a word's separator), and the last word's separator after it; the bytes are then cut to the words' length
        # (in place: no copy).
        cdef PyObject *joined = _bytes_to_fill(NULL, size * (2 if kind == 1 else 3) + 1)  # a reference of our own
        cdef unsigned char *out = <unsigned char *> PyBytes_AS_STRING(<object> joined)
        if kind == 1:
            written = _text_words(self, <const uint8_t *> data, size, out, seen)
        else:
            written = _text_words(self, <const uint16_t *> data, size, out, seen)
        if written < 0:
            Py_XDECREF(joined)
            return None
        _PyBytes_Resize(&joined, written)  # (where it fails, it frees the bytes)
        words_read = <object> joined
        Py_XDECREF(joined)
        return words_read, _chars_of(seen, words)


cdef Py_ssize_t _text_words(
    TextWords reading, const _text_char *text, Py_ssize_t size, unsigned char *out, uint64_t *seen
) noexcept:
    """Write the words of ``text`` into ``out``, each followed by a space, and mark its characters beyond ASCII in
    ``seen``; return the words' length without the last space, or -1 at a lone surrogate."""
    cdef const uint32_t *classes = reading._classes
    cdef const uint64_t *sieve = reading._sieve
    cdef WordSet left_out = reading._left_out
    cdef const _text_char *at = text
    cdef unsigned char *to = out
    cdef unsigned char *start = NULL  # where the word being read starts in ``out``; NULL between words
    cdef Py_ssize_t k
    cdef uint32_t bit, cls
    cdef (Py_ssize_t, Py_ssize_t) written
    while True:
        cls = _class_of(classes, at[0])
        if cls < 256:  # a word's byte: the rest of its ASCII is read in the loop that counts
            if start == NULL:
                start = to
            k = 0
            while True:
                to[k] = <unsigned char> cls
                k += 1
                cls = _class_of(classes, at[k])
                if cls >= 256:
                    break
            to += k
            at += k
        elif cls == _SPACE_CLASS:
            at += 1
            if start != NULL:  # the word read: left out where it is one of ``left_out``, else a separator after it
                bit = _sieve_bit(to - start, start[0], (to - 1)[0])
                if sieve[bit >> 6] >> (bit & 63) & 1 and _among(left_out, start, to - start):
                    to = start
                else:
                    to[0] = 32
                    to += 1
                start = NULL
        elif cls == _NUL_CLASS and at == text + size:  # CPython's NUL after the text
            break
        else:  # beyond ASCII, or a NUL of the text's own
            k = -1 if start == NULL else start - out
            written = _other_char(reading, 0 if cls == _NUL_CLASS else cls & 0xFFFF, out, to - out, k, seen)
            if written[0] < 0:
                return -1
            to, start = out + written[0], NULL if written[1] < 0 else out + written[1]
            at += 1
    if start != NULL:
        to = out + _word_read(reading, out, start - out, to - out)
    return to - out - 1 if to > out else 0


cdef inline uint32_t _class_of(const uint32_t *classes, _text_char c) noexcept:
    """Return the class of a character: ``TextWords._classes``', or for one of two bytes ``_OTHER_CLASS`` with the
    character."""
    if _text_char is uint8_t:
        return classes[c]
    return classes[c] if c < 256 else _OTHER_CLASS | c


cdef Py_ssize_t _word_read(TextWords reading, unsigned char *out, Py_ssize_t start, Py_ssize_t end) noexcept:
    """Return the length of ``out`` once the word written from ``start`` to ``end`` is read: with a separator after
    it, or without it where it is left out."""
    cdef uint32_t bit = _sieve_bit(end - start, out[start], out[end - 1])
    if reading._sieve[bit >> 6] >> (bit & 63) & 1 and _among(reading._left_out, out + start, end - start):
        return start
    out[end] = 32
    return end + 1


cdef (Py_ssize_t, Py_ssize_t) _other_char(
    TextWords reading, uint32_t c, unsigned char *out, Py_ssize_t written, Py_ssize_t start, uint64_t *seen
) noexcept:
    """Write a NUL of the text's own, or a character beyond ASCII, as its UTF-8 translated byte by byte (a byte
    translated to a space ends the word being read, which starts at ``start``, -1 if none); return the length of
    ``out`` and where the word being read starts after it, or -1 for a lone surrogate."""
    cdef unsigned char utf8[3]
    cdef unsigned char byte
    cdef int length, k
    if c == 0:
        utf8[0], length = 0, 1
    elif c < 0x800:
        utf8[0], utf8[1], length = 0xC0 | (c >> 6), 0x80 | (c & 0x3F), 2
    elif 0xD800 <= c < 0xE000:
        return -1, -1
    else:
        utf8[0], utf8[1], utf8[2], length = 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F), 3
    if c >= 0x80:
        seen[c >> 6] |= (<uint64_t> 1) << (c & 63)
    for k in range(length):
        byte = reading._to[utf8[k]]
        if _split_space(byte):
            if start >= 0:
                written = _word_read(reading, out, start, written)
                start = -1
        else:
            if start < 0:
                start = written
            out[written] = byte
            written += 1
    return written, start


# --- the relative words' places that start a word ---
# ``dates._word_starts`` checked each place the automaton found a relative phrase's word (``date_words``) in a
# Python generator: on the bench page's articles 40 of its 59 are "lalu" inside "melalui", each rejected at some
# 400 instructions. The same tests, here: the character before (of the text as it is) and the one after (of the
# lowered text: ASCII in bytes, as ``bytes.isalnum`` reads it).
from cpython.unicode cimport Py_UNICODE_ISALNUM


def word_places(list places not None, str text not None, low, Py_ssize_t length) -> list:
    """Return those of ``places`` (where a word of ``length`` characters is in ``low``, ``text`` lowered: ``bytes``
    of a byte a character or a ``str``) after no letter or digit of ``text`` and followed by none in ``low``: the
    starts ``dates._word_starts`` yields, in order."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text), low_kind = 0
    cdef const void *data = PyUnicode_DATA(text)
    cdef const void *low_data
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), low_size, start, after
    cdef Py_UCS4 c
    cdef list found = []
    if isinstance(low, bytes):
        low_data, low_size = <const void *> PyBytes_AS_STRING(low), PyBytes_GET_SIZE(low)
    elif isinstance(low, str):
        PyUnicode_READY(low)
        low_kind, low_data, low_size = PyUnicode_KIND(low), PyUnicode_DATA(low), PyUnicode_GET_LENGTH(low)
    else:
        raise TypeError("low: bytes or str")
    for place in places:
        start = place
        if start < 0 or start > size:
            raise IndexError("a place beyond the text")
        if start > 0 and Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, start - 1)):
            continue
        after = start + length
        if 0 <= after < low_size:
            if low_kind == 0:
                c = (<const unsigned char *> low_data)[after]
                if c < 0x80 and Py_UNICODE_ISALNUM(c):
                    continue
            elif Py_UNICODE_ISALNUM(PyUnicode_READ(low_kind, low_data, after)):
                continue
        found.append(place)
    return found


# --- the headings without a link, the headlines counted, without their nodes ---
# ``machine_parts`` searched a page's headings (45 on the bench page, a node made for each) and asked each whether it
# holds a link (``without``), to keep the few that do not; ``page._headlines`` made its headlines' links' nodes (some
# 45) only to count those not left out. Here the search adds the elements' addresses (``_PLACES``), each heading is
# asked through the index's lists, and a node is made only for a heading returned.
cdef bint _finds_in(LexborNode searched, lxb_dom_node_t *at, _Prepared ready, uintptr_t skipped) except -1:
    """Return whether the prepared query finds an element in ``at`` (``at`` too), as ``select_first(node, query)``
    of its node: from the index's lists where it is current and holds ``at`` (``searched``, ``at``'s document's
    node, carries the search), else by the search of a node made for it."""
    cdef LexborHTMLParser parser = searched.parser
    cdef Py_ssize_t place = <Py_ssize_t> <uintptr_t> at.user - 1
    cdef list found = []
    cdef LexborNode node, start
    if (
        parser is not None
        and _indexed is parser
        and _indexed_at == parser._mutation_count
        and 0 <= place < _indexed_count
        and _nodes[place] == at
        and _listed_search(searched, ready.parts, ready.starts, ready.count, place, _ends[place], skipped, _WHETHER, found)
    ):
        return len(found) > 0
    node = LexborNode.new(at, parser)
    start = node._get_node()
    return len(_prepared_search(node, start.node, ready.parts, ready.starts, ready.count, _WHETHER)) > 0


def found_without(LexborNode node not None, str query not None, Py_ssize_t limit, str inner not None) -> list:
    """Return ``without(select(node, query)[:limit], inner)``: the first ``limit`` elements ``query`` finds in
    ``node`` in which ``inner`` finds nothing; a node made only for those."""
    cdef object ready = _kept_prepared.get(query)
    cdef object within = _kept_prepared.get(inner)
    if ready is None or within is None:  # a query not yet prepared: the searches prepare it
        return without(select(node, query)[:limit], inner)
    cdef LexborNode start = node._get_node()
    cdef LexborHTMLParser parser = node.parser
    cdef uintptr_t skipped = <uintptr_t> parser._fragment_wrapper if parser is not None else 0
    cdef list places = _prepared_search(
        node, start.node, (<_Prepared> ready).parts, (<_Prepared> ready).starts, (<_Prepared> ready).count, _PLACES
    )
    cdef list left = []
    cdef lxb_dom_node_t *at
    for item in places[:limit]:
        at = <lxb_dom_node_t *> PyLong_AsVoidPtr(item)
        if not _finds_in(node, at, <_Prepared> within, skipped):
            left.append(LexborNode.new(at, parser))
    return left


# --- nodes taken out in one call ---
def decompose_all(list nodes not None) -> None:
    """``decompose(node)`` for each of ``nodes``, in order, in one call (a page's 40 articles: a Python call each)."""
    for node in nodes:
        _decompose(<LexborNode?> node)


# --- links ---
# parse_page searched the page's links as nodes (``select(tree, "a[href]")``: 118 on the bench page, a node object
# made for each and let go), read them (``links_in``), and counted those in the site's menus with the same nodes
# (``outside``). Here the search adds the links' addresses (``_PLACES``), the links are read from them, and the
# menus' count asks the addresses; no node is made. And a rooted address of ASCII (most of a page's) is made at once
# after the page's root, not decoded and then joined to it: one string, not two.
cdef extern from "Python.h":
    int PyUnicode_IS_ASCII(object text)


cdef struct _LinkValues:
    const lexbor_str_t *href
    const lexbor_str_t *title
    const lexbor_str_t *label
    bint titled  # whether it has a title (its value may be none)
    bint labelled  # and an aria-label


cdef void _link_values(lxb_dom_node_t *node, _LinkValues *values, bint titles) noexcept:
    """Read ``_named_value``'s values of ``node``'s href, and with ``titles`` its title and aria-label, in one walk of
    its attributes: each the last attribute of the name."""
    cdef lxb_dom_attr_t *attr = _first_attr(<lxb_dom_element_t *> node)
    cdef const lxb_char_t *key
    cdef size_t length = 0
    cdef const lexbor_str_t *value
    values.href = values.title = values.label = NULL
    values.titled = values.labelled = False
    while attr != NULL:
        key = _attr_name(attr, &length)
        if key != NULL and (length == 4 or titles and (length == 5 or length == 10)):
            value = attr.value if attr.value != NULL and attr.value.data != NULL else NULL
            if length == 4:
                if memcmp(key, b"href", 4) == 0:
                    values.href = value
            elif length == 5:
                if memcmp(key, b"title", 5) == 0:
                    values.title, values.titled = value, True
            elif memcmp(key, b"aria-label", 10) == 0:
                values.label, values.labelled = value, True
        attr = attr.next


cdef object _rooted(str root, const lxb_char_t *data, size_t length):
    """Return ``root + data`` where ``root`` and the UTF-8 ``data`` are ASCII (made as one string), else None."""
    cdef size_t at
    cdef Py_ssize_t size
    for at in range(length):
        if data[at] >= 0x80:
            return None
    if not PyUnicode_IS_ASCII(root):
        return None
    size = PyUnicode_GET_LENGTH(root)
    address = PyUnicode_New(size + <Py_ssize_t> length, 127)
    memcpy(<void *> PyUnicode_DATA(address), PyUnicode_DATA(root), size)
    memcpy(<char *> PyUnicode_DATA(address) + size, data, length)
    return address


def found_places(LexborHTMLParser tree not None, str query not None) -> list:
    """Return the places of the elements ``select(tree, query)`` finds (their addresses, as ints), in its order,
    without a node made for each."""
    cdef object ready = _kept_prepared.get(query)
    cdef LexborNode start = _start(tree)
    if start is None:
        return []
    if ready is None:  # a query not yet prepared: the search prepares it, where its names are all lexbor's own
        nodes = select(tree, query)
        ready = _kept_prepared.get(query)
        if ready is None:
            return [PyLong_FromVoidPtr((<LexborNode> node).node) for node in nodes]
    return _prepared_search(
        start, start._get_node().node, (<_Prepared> ready).parts, (<_Prepared> ready).starts,
        (<_Prepared> ready).count, _PLACES
    )


def links_found(
    LexborHTMLParser tree not None, str query not None, object link, str base_url, str scheme, str root, list titles
) -> tuple:
    """Return ``links_in(select(tree, query), link, base_url, scheme, root, titles, False, None)`` and the places of
    the elements ``query`` found (``found_places``), without a node made for each: ``query``'s elements are links
    (``a[href]``, ``area[href]``)."""
    cdef list places = found_places(tree, query)
    cdef _Links reading = _Links()
    cdef lxb_dom_node_t *at
    if not (isinstance(link, type) and issubclass(link, tuple)):
        raise TypeError("a link is made as a tuple's kind")
    reading.link, reading.base_url, reading.scheme, reading.root = link, base_url, scheme, root
    reading.addresses, reading.titles, reading.found, reading.text = {}, titles, [], _Text()
    reading.skipped = <uintptr_t> tree._fragment_wrapper
    for item in places:
        at = <lxb_dom_node_t *> PyLong_AsVoidPtr(item)
        if at.type != LXB_DOM_NODE_TYPE_ELEMENT or not (at.local_name == LXB_TAG_A or at.local_name == LXB_TAG_AREA):
            raise ValueError("a query of links found another element")
        reading.add(at, True, False)
    return reading.found, places


def count_within(LexborHTMLParser tree not None, list places not None, list parts not None) -> Py_ssize_t:
    """Return how many of ``places`` (``links_found``'s, of ``tree``) are one of ``parts`` (nodes) or in one:
    ``len(nodes) - len(outside(nodes, parts))`` of their nodes."""
    return _count_within(tree, places, parts)


cdef Py_ssize_t _count_within(LexborHTMLParser tree, list places, list parts) except -1:
    cdef _Places held
    cdef Py_ssize_t count = 0
    cdef lxb_dom_node_t *at
    _places_of(&held, parts)
    try:
        for item in places:
            at = <lxb_dom_node_t *> PyLong_AsVoidPtr(item)
            while at != NULL and not _has_place(&held, <uintptr_t> at):
                at = _up(at, tree)
            if at != NULL:
                count += 1
    finally:
        free(held.slots)
    return count


# parse_page's images (``page._image_links``) were three searches of the document: the images in a link named by
# one of six attributes (``a[href] img[alt]:not([alt="" i]), a[href] img[title], ...``: each image matched against
# six parts, each walking its ancestors for the link), those in a link with a style, and those with an alt or a
# title. Here one pass over the index's list of images reads the four attributes once an image and walks the
# ancestors of an image only where it is named or styled.
cdef extern from "lexbor/dom/interfaces/attr_const.h":
    uintptr_t LXB_DOM_ATTR_ALT
    uintptr_t LXB_DOM_ATTR_TITLE
    uintptr_t LXB_DOM_ATTR_WIDTH
    uintptr_t LXB_DOM_ATTR_HEIGHT
    uintptr_t LXB_DOM_ATTR_STYLE


cdef inline bint _no_size_value(lxb_dom_node_t *node, uintptr_t id_):
    """Whether the element's first attribute of that id is "0" or "1" (``[width="0" i]``, ``[width="1" i]``)."""
    cdef lxb_dom_attr_t *attr = _attribute_by_id(node, id_)
    return (
        attr != NULL and attr.value != NULL and attr.value.length == 1 and (attr.value.data[0] == 48 or attr.value.data[0] == 49)
    )


cdef bint _in_link(lxb_dom_node_t *node):
    """Whether an ancestor of ``node`` is an ``a[href]``, to the document (``_matches_part``'s walk)."""
    node = node.parent
    while node != NULL:
        if (
            node.type == LXB_DOM_NODE_TYPE_ELEMENT
            and node.local_name == LXB_TAG_A
            and _attribute_by_id(node, LXB_DOM_ATTR_HREF) != NULL
        ):
            return True
        node = node.parent
    return False


def images_named(LexborHTMLParser tree not None):
    """Return, in document order, each once: the images ``select(tree, page._LISTED_LINKED_IMAGES)`` finds (in a
    link with an address, and with an alt that is not empty, a title, or a width or height of "0" or "1"), those of
    ``select(tree, "a[href] img[style]")`` that are not among them, and those ``page._LISTED_TITLED_IMAGES`` finds
    (an alt that is not empty, or a title); None where the document's index cannot be used (search then)."""
    cdef LexborNode start = _start(tree)
    cdef Py_ssize_t low = 0, high = 0, cursor, end
    cdef lxb_dom_node_t *at
    cdef lxb_dom_attr_t *attr
    cdef LexborHTMLParser parser
    cdef bint titled, named
    if start is None or not _indexed_range(start, start._get_node().node, &low, &high):
        return None
    parser = start.parser
    cdef list linked = [], styled = [], titles = []
    end = _tag_end[LXB_TAG_IMG]
    cursor = _first_at(end - _tag_size[LXB_TAG_IMG], end, low)
    end = _first_at(cursor, end, high)
    while cursor < end:
        at = _nodes[_pool[cursor]]
        cursor += 1
        if at == NULL or <uintptr_t> at == <uintptr_t> parser._fragment_wrapper:  # taken out, or no element
            continue
        attr = _attribute_by_id(at, LXB_DOM_ATTR_ALT)
        titled = (
            attr != NULL and attr.value != NULL and attr.value.length != 0
        ) or _attribute_by_id(at, LXB_DOM_ATTR_TITLE) != NULL
        named = titled or _no_size_value(at, LXB_DOM_ATTR_WIDTH) or _no_size_value(at, LXB_DOM_ATTR_HEIGHT)
        if named or _attribute_by_id(at, LXB_DOM_ATTR_STYLE) != NULL:
            if _in_link(at):
                (linked if named else styled).append(LexborNode.new(at, parser))
        if titled:
            titles.append(LexborNode.new(at, parser))
    return linked, styled, titles


# --- passes ---
# A page's body decoded as UTF-8 (``FetchResult.text_and_utf8``): CPython's decoder, once it meets a character beyond
# Latin-1 (a dash, a bullet, a curly quote: most department pages hold one), reads the rest of the page a character at
# a time into two bytes each, some 10 us a page of 33 KB for 1.5 with none. Here one pass checks the bytes (ASCII
# thirty-two bytes at a time, the first beyond it found from the bytes' mask) and finds the count and the largest
# character, and a second writes them, a run of ASCII copied or widened as it is read, thirty-two bytes at a time
# (not checked for its end first and then copied: two reads of the page).
cdef extern from *:
    """
    #if defined(__SSE2__)
    #include <emmintrin.h>
    #endif
    /* The length of the run of ASCII bytes at the start of ``s``. */
    static inline Py_ssize_t pantau_ascii_run(const uint8_t *s, Py_ssize_t size) {
        Py_ssize_t i = 0;
    #if defined(__SSE2__)
        unsigned mask;
        while (i + 32 <= size) {  /* most of a page: thirty-two bytes at a time */
            __m128i one = _mm_loadu_si128((const __m128i *) (s + i));
            __m128i two = _mm_loadu_si128((const __m128i *) (s + i + 16));
            if (_mm_movemask_epi8(_mm_or_si128(one, two))) {
                mask = (unsigned) _mm_movemask_epi8(one) | ((unsigned) _mm_movemask_epi8(two) << 16);
                return i + __builtin_ctz(mask);
            }
            i += 32;
        }
        if (i + 16 <= size) {
            mask = (unsigned) _mm_movemask_epi8(_mm_loadu_si128((const __m128i *) (s + i)));
            if (mask) {
                return i + __builtin_ctz(mask);
            }
            i += 16;
        }
    #else
        uint64_t word, words[4];
        while (i + 32 <= size) {
            memcpy(words, s + i, 32);
            if ((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) {
                break;
            }
            i += 32;
        }
        while (i + 8 <= size) {
            memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL) {
                break;
            }
            i += 8;
        }
    #endif
        while (i < size && s[i] < 0x80) {
            i++;
        }
        return i;
    }
    /* The run of ASCII at the start of ``s`` copied (``wide``: widened to two bytes) to ``to`` thirty-two bytes at a
       time, each thirty-two only where all are ASCII (thirty-two characters, which the text has room for); return
       how many bytes it copied: the run, short of its end by up to 31 bytes (the caller copies the rest). */
    static inline Py_ssize_t pantau_ascii_copied(const uint8_t *s, Py_ssize_t size, void *to, int wide) {
        Py_ssize_t i = 0;
    #if defined(__SSE2__)
        const __m128i zero = _mm_setzero_si128();
        uint8_t *ones = (uint8_t *) to;
        uint16_t *twos = (uint16_t *) to;
        while (i + 32 <= size) {
            __m128i one = _mm_loadu_si128((const __m128i *) (s + i));
            __m128i two = _mm_loadu_si128((const __m128i *) (s + i + 16));
            if (_mm_movemask_epi8(_mm_or_si128(one, two))) {
                break;
            }
            if (wide) {
                _mm_storeu_si128((__m128i *) (twos + i), _mm_unpacklo_epi8(one, zero));
                _mm_storeu_si128((__m128i *) (twos + i + 8), _mm_unpackhi_epi8(one, zero));
                _mm_storeu_si128((__m128i *) (twos + i + 16), _mm_unpacklo_epi8(two, zero));
                _mm_storeu_si128((__m128i *) (twos + i + 24), _mm_unpackhi_epi8(two, zero));
            } else {
                _mm_storeu_si128((__m128i *) (ones + i), one);
                _mm_storeu_si128((__m128i *) (ones + i + 16), two);
            }
            i += 32;
        }
    #endif
        return i;
    }
    /* The count of the characters of the UTF-8 ``s`` and (in ``largest``) the largest of them; -1 where ``s`` is not
       UTF-8 as CPython's strict decoder reads it (a byte that starts nothing, a sequence cut short, too long, or of
       a surrogate) or where it holds a character of four bytes (beyond the first plane: left to CPython). */
    static Py_ssize_t pantau_utf8_count(const uint8_t *s, Py_ssize_t size, Py_UCS4 *largest) {
        Py_ssize_t i = 0, count = 0;
        Py_UCS4 most = 0, c;
        while (i < size) {
            Py_ssize_t run = pantau_ascii_run(s + i, size - i);
            i += run;
            count += run;
            if (i >= size) {
                break;
            }
            uint8_t first = s[i];
            if (first >= 0xC2 && first <= 0xDF) {
                if (i + 1 >= size || (s[i + 1] & 0xC0) != 0x80) {
                    return -1;
                }
                c = ((Py_UCS4) (first & 0x1F) << 6) | (s[i + 1] & 0x3F);
                i += 2;
            } else if (first >= 0xE0 && first <= 0xEF) {
                if (i + 2 >= size) {
                    return -1;
                }
                uint8_t second = s[i + 1], third = s[i + 2];
                if ((second & 0xC0) != 0x80 || (third & 0xC0) != 0x80) {
                    return -1;
                }
                if ((first == 0xE0 && second < 0xA0) || (first == 0xED && second >= 0xA0)) {
                    return -1;  /* too long a sequence, or a surrogate's */
                }
                c = ((Py_UCS4) (first & 0x0F) << 12) | ((Py_UCS4) (second & 0x3F) << 6) | (third & 0x3F);
                i += 3;
            } else {
                return -1;
            }
            if (c > most) {
                most = c;
            }
            count++;
        }
        *largest = most;
        return count;
    }
    /* The characters of the UTF-8 ``s`` (checked by ``pantau_utf8_count``: none of four bytes) written to ``to``,
       one byte each (none beyond Latin-1) or two. */
    static void pantau_utf8_ones(const uint8_t *s, Py_ssize_t size, uint8_t *to) {
        Py_ssize_t i = 0, run;
        while (i < size) {
            run = pantau_ascii_copied(s + i, size - i, to, 0);
            to += run;
            i += run;
            run = pantau_ascii_run(s + i, size - i);
            memcpy(to, s + i, run);
            to += run;
            i += run;
            if (i < size) {
                *to++ = (uint8_t) (((s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F));
                i += 2;
            }
        }
    }
    static void pantau_utf8_twos(const uint8_t *s, Py_ssize_t size, uint16_t *to) {
        Py_ssize_t i = 0, run;
        while (i < size) {
            run = pantau_ascii_copied(s + i, size - i, to, 1);
            to += run;
            i += run;
            run = pantau_ascii_run(s + i, size - i);
            for (Py_ssize_t k = 0; k < run; k++) {
                to[k] = s[i + k];
            }
            to += run;
            i += run;
            if (i >= size) {
                break;
            }
            uint8_t first = s[i];
            if (first < 0xE0) {
                *to++ = (uint16_t) (((first & 0x1F) << 6) | (s[i + 1] & 0x3F));
                i += 2;
            } else {
                *to++ = (uint16_t) (((first & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
                i += 3;
            }
        }
    }
    """
    Py_ssize_t pantau_utf8_count(const uint8_t *s, Py_ssize_t size, Py_UCS4 *largest)
    void pantau_utf8_ones(const uint8_t *s, Py_ssize_t size, uint8_t *to)
    void pantau_utf8_twos(const uint8_t *s, Py_ssize_t size, uint16_t *to)


def utf8_decoded(bytes body not None):
    """Return ``body.decode("utf-8")``; None where that raises, or where ``body`` holds a character beyond the first
    plane (an emoji: four bytes a character, left to CPython)."""
    cdef const uint8_t *data = <const uint8_t *> PyBytes_AS_STRING(body)
    cdef Py_ssize_t size = PyBytes_GET_SIZE(body)
    cdef Py_UCS4 largest = 0
    cdef Py_ssize_t length = pantau_utf8_count(data, size, &largest)
    if length < 0:
        return None
    text = PyUnicode_New(length, largest)  # of the form CPython gives the decoded text: ASCII, Latin-1 or two bytes
    if largest < 0x100:
        pantau_utf8_ones(data, size, <uint8_t *> PyUnicode_DATA(text))
    else:
        pantau_utf8_twos(data, size, <uint16_t *> PyUnicode_DATA(text))
    return text


cdef str _utf8_text(const char *data, Py_ssize_t size):
    """Return ``PyUnicode_DecodeUTF8(data, size, "replace")``, a text read from the page's nodes: decoded as
    ``utf8_decoded`` decodes a body (CPython's decoder reads a text with a character beyond Latin-1, a bullet or a
    dash, a character at a time), CPython's decoder left with a text that is not UTF-8 or holds a character beyond the
    first plane."""
    cdef Py_UCS4 largest = 0
    cdef Py_ssize_t length = pantau_utf8_count(<const uint8_t *> data, size, &largest)
    if length < 0:
        return PyUnicode_DecodeUTF8(data, size, "replace")
    text = PyUnicode_New(length, largest)
    if largest < 0x100:
        pantau_utf8_ones(<const uint8_t *> data, size, <uint8_t *> PyUnicode_DATA(text))
    else:
        pantau_utf8_twos(<const uint8_t *> data, size, <uint16_t *> PyUnicode_DATA(text))
    return text


def plain_hrefs(object links) -> bool:
    """Return whether no address of ``links`` (``page.Link``s, tuples of a text and an address) holds a "%"
    (``defacement._plain_addresses``): a memchr an address, where a generator asked each link for its ``href``."""
    cdef str href
    for link in links:
        if not isinstance(link, tuple):
            raise TypeError("a link is a tuple of its text and its address")
        href = (<tuple> link)[1]
        PyUnicode_READY(href)
        if PyUnicode_IS_ASCII(href):  # most: its bytes searched at once, without the search's own steps for a kind
            if memchr(PyUnicode_DATA(href), 37, PyUnicode_GET_LENGTH(href)) != NULL:
                return False
        elif PyUnicode_FindChar(href, 37, 0, len(href), 1) != -1:
            return False
    return True


# --- page kind ---
# (``Py_UNICODE_ISSPACE``, white space as ``\s`` reads it, is declared above, for a link's site.)
cdef inline bint _title_dash(Py_UCS4 c):
    # The characters that part a title alone, spaced or not: "Berita|Dinkes", "Berita – Dinkes".
    return c == u"|" or c == u"–" or c == u"—" or c == u"·" or c == u"»" or c == u"›"


cdef inline Py_ssize_t _past_spaces(str text, Py_ssize_t at, Py_ssize_t end):
    while at < end and Py_UNICODE_ISSPACE(text[at]):
        at += 1
    return at


def title_segments(str title not None, str trailing not None) -> tuple:
    """Return ``page_kind._segments(title)``: the title and its parts, each stripped of ``trailing``, the empty ones
    left out. The parts are what ``page_kind._TITLE_SEPARATORS.split(title)`` gives: a separator is a run of white
    space and then "-" or ":" and white space, or "|", "–", "—", "·", "»", "›" after white space or none, with the
    white space after it; the expression tried that at each character of the title (a fifth of the classification).
    """
    cdef Py_ssize_t n = len(title), at = 0, last = 0, end, mark
    cdef Py_UCS4 c
    cdef list parts = [title]
    while at < n:
        c = title[at]
        end = -1
        if Py_UNICODE_ISSPACE(c):
            mark = _past_spaces(title, at + 1, n)
            if mark < n:
                c = title[mark]
                if _title_dash(c):
                    end = _past_spaces(title, mark + 1, n)
                elif (c == u"-" or c == u":") and mark + 1 < n and Py_UNICODE_ISSPACE(title[mark + 1]):
                    end = _past_spaces(title, mark + 1, n)
        elif _title_dash(c):
            end = _past_spaces(title, at + 1, n)
        if end < 0:
            at += 1
            continue
        parts.append(title[last:at])
        last = at = end
    parts.append(title[last:])
    cdef list kept = []
    for part in parts:
        part = (<str> part).strip(trailing)
        if part:
            kept.append(part)
    return tuple(kept)


# --- texts ---
cdef inline int _text_node_words(_Text buffer, lxb_dom_node_t *node) except -1:
    """Write a text node's words into ``buffer``; 0 where its text ends cut short (``_cut_short``), else 1."""
    cdef const lexbor_str_t *data = pantau_data_of(node)
    if data.data != NULL:
        if _cut_short(data.data, data.length):
            return 0
        _words_into(buffer, data.data, data.length, False)
    return 1


def main_and_visible(LexborNode body not None, LexborNode root not None) -> tuple | None:
    """Return ``(words_of(root, " "), words_of(body, " "))``: the main content's words and the body's, from one walk
    of the body, which meets ``root`` within it. With a space between any two text nodes the body's words are the
    words of the parts before the main content, its own and those after, so the main content's are a stretch of the
    body's: they are decoded apart. Where ``root`` is not within the body (nor the body itself), each is read by
    ``words_of``; where a text node ends cut short (``_cut_short``: UTF-8 that is not), return None: the caller
    reads them another way."""
    cdef _Text buffer = _words_buffer
    cdef lxb_dom_node_t *top = body.node
    cdef lxb_dom_node_t *main = root.node
    cdef lxb_dom_node_t *at = top.first_child
    cdef lxb_dom_node_t *inner
    cdef Py_ssize_t start = -1, end = -1, after
    # A fragment's root walks from its wrapper, a text node reads its own characters: words_of reads them so.
    if (
        body._get_node().node != top
        or root._get_node().node != main
        or top.type != LXB_DOM_NODE_TYPE_ELEMENT
        or main.type != LXB_DOM_NODE_TYPE_ELEMENT
    ):
        return words_of(root, " "), words_of(body, " ")
    buffer.size = 0
    if main == top:
        start = 0
    while at != NULL:
        if at == main:  # its words, then on after it
            start = buffer.size
            inner = main.first_child
            while inner != NULL:
                if inner.local_name == LXB_TAG__TEXT and not _text_node_words(buffer, inner):
                    return None
                inner = _next(inner, main, True)
            end = buffer.size
            at = _next(at, top, False)
            continue
        if at.local_name == LXB_TAG__TEXT and not _text_node_words(buffer, at):
            return None
        at = _next(at, top, True)
    if start < 0:
        return words_of(root, " "), words_of(body, " ")
    if main == top:
        end = buffer.size
    # The words before it, its own and those after, each decoded apart and joined by a space: a character beyond
    # Latin-1 around it (a menu's bullet) would have the whole decoded two bytes a character, which costs more.
    words = []
    if start > 0:
        words.append(_utf8_text(buffer.data, start))
        start += 1  # the space before its first word
    main_words = _utf8_text(buffer.data + start, end - start) if start < end else ""
    if main_words:
        words.append(main_words)
    if end < buffer.size:  # after a space where words came before
        after = end + 1 if end > 0 else 0
        words.append(_utf8_text(buffer.data + after, buffer.size - after))
    if buffer.room > _MAX_KEPT_TEXT:  # a huge page's text is not held on to
        free(buffer.data)
        buffer.data, buffer.room = NULL, 0
    return main_words, " ".join(words)


# A word's bytes, and the words after it, copied sixteen or eight at a time (``_words_into``): most words are of
# printable ASCII, whose bytes are each a word's, and most of a text's words stand one space apart, which
# ``_words_into`` writes as it reads them. The run goes on over the bytes from "!" to DEL and over each space with
# one of them after it; it stops at any other byte (below "!", beyond ASCII), and at a space with such a byte after
# it. A space the run goes over has a run's byte before it too: the run starts just after a word's byte, and stops
# at the first byte it does not go over, so the byte before a space it goes over is one of the run's bytes or a space
# it went over, which (followed by this space) it would not have. Each byte is told on its own: by SSE2's comparisons,
# else by sums within its seven low bits (no carry from one byte into another: exact for each byte, not only the
# first). The byte after a chunk is read on its own where the chunk's last is a space. The bytes are stored a chunk
# at once: ``_room_for`` leaves room for them, since the words written are at most a byte more than those read.
cdef extern from *:
    """
    #if defined(__SSE2__)
    #include <emmintrin.h>
    #endif

    static inline size_t pantau_word_run(const unsigned char *at, const unsigned char *end, char *out)
    {
        const uint64_t high = 0x8080808080808080ULL, low = 0x7F7F7F7F7F7F7F7FULL;
        const unsigned char *start = at;
        uint64_t chunk, spaced, other, space, lone, stops;
        size_t skip;
    #if defined(__SSE2__)
        /* sixteen at a time, a bit a byte: "other" by a signed comparison (a byte beyond ASCII is negative) */
        const __m128i bang = _mm_set1_epi8(0x21), blank = _mm_set1_epi8(0x20);
        __m128i bytes;
        unsigned others, spaces, lones, stopped;
        while (end - at >= 16) {
            bytes = _mm_loadu_si128((const __m128i *) at);
            _mm_storeu_si128((__m128i *) out, bytes);
            others = (unsigned) _mm_movemask_epi8(_mm_cmplt_epi8(bytes, bang));
            spaces = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, blank));
            lones = spaces & ~(others >> 1) & 0x7FFFu;
            stopped = others & ~lones;
            if (stopped) {
                skip = (size_t) __builtin_ctz(stopped);
                if (skip != 15 || !(spaces >> 15) || end - at == 16 || (unsigned char) (at[16] - 0x21) > 0x5E)
                    return (size_t) (at - start) + skip;
            }
            at += 16;
            out += 16;
        }
    #endif
        while (end - at >= 8) {
            memcpy(&chunk, at, 8);
            memcpy(out, &chunk, 8);
            /* bit 7 of a byte: below "!" or beyond ASCII (its low seven bits plus 0x5F carry into bit 7 from "!") */
            other = ~((chunk & low) + 0x5F5F5F5F5F5F5F5FULL) & high;
            other |= chunk & high;
            /* bit 7 of a byte: a space (0x20; its xor with 0x20 is 0) */
            spaced = chunk ^ 0x2020202020202020ULL;
            space = ~(((spaced & low) + low) | spaced) & high;
            /* a space with a run's byte after it (in the eight; for the last, below) */
            lone = space & ~(other >> 8) & 0x0080808080808080ULL;
            stops = other & ~lone;
            if (stops) {
                skip = (size_t) __builtin_ctzll(stops) >> 3;
                /* the last a space, and the next byte one of the run's */
                if (skip != 7 || !(space >> 63) || end - at == 8 || (unsigned char) (at[8] - 0x21) > 0x5E)
                    return (size_t) (at - start) + skip;
            }
            at += 8;
            out += 8;
        }
        return (size_t) (at - start);
    }
    """
    size_t pantau_word_run(const lxb_char_t *at, const lxb_char_t *end, char *out) noexcept nogil


# --- the years' windows' reads ---
# ``years_read`` asked ``dates._window_read`` (an ``lru_cache``) what the window before each year reads: the window
# made a str, the year's slice, the two hashed as a tuple (SipHash of a new str's 32 characters each time) and
# compared with the key kept, some 1.2 k instructions a year whose read was kept (a page's items read again check
# after check). ``WindowReads`` keeps the reads by the characters themselves, hashed as they are copied and compared
# with ``memcmp``: a read kept costs no object; the window's str is made only for a read not kept, or one that
# ``years_read`` hands to Python.
from cpython.ref cimport PyObject, Py_XDECREF, Py_XINCREF

cdef enum:
    _WINDOW_SLOTS = 4096  # a power of two
    _WINDOW_KEY = 68  # characters of a window (up to 64, ``years_read``'s widest) and its year (4)

cdef uint64_t _FNV_START = 14695981039346656037ULL
cdef uint64_t _FNV_PRIME = 1099511628211ULL


cdef struct _WindowSlot:
    uint64_t hash
    Py_ssize_t split  # the window's characters, before the year's
    PyObject *key  # bytes: the window's and the year's characters, four bytes each; NULL in an empty slot
    PyObject *read


cdef inline uint64_t _hashed(uint64_t hash, Py_UCS4 c) noexcept:
    return (hash ^ <uint64_t> c) * _FNV_PRIME


cdef class WindowReads:
    """What ``reading(window, year)`` gives (``dates._window_read``: a pure function of its two strings), kept by
    their characters: one read a slot, a read not kept replacing the one in its slot (``clear``: none kept)."""

    cdef object reading
    cdef _WindowSlot *slots

    def __cinit__(self, reading):
        self.reading = reading
        self.slots = <_WindowSlot *> calloc(_WINDOW_SLOTS, sizeof(_WindowSlot))
        if self.slots == NULL:
            raise MemoryError()

    def __dealloc__(self):
        if self.slots != NULL:
            self._empty()
            free(self.slots)

    cdef void _empty(self) noexcept:
        cdef Py_ssize_t k
        for k in range(_WINDOW_SLOTS):
            Py_XDECREF(self.slots[k].key)
            Py_XDECREF(self.slots[k].read)
            self.slots[k].key = self.slots[k].read = NULL

    def clear(self) -> None:
        """Forget every read kept."""
        self._empty()

    def __call__(self, str window not None, str year not None):
        """Return ``reading(window, year)``, kept (``years_read`` reads its windows' characters itself)."""
        cdef Py_ssize_t split = len(window), count = split + len(year), k
        if count > _WINDOW_KEY:
            return self.reading(window, year)
        cdef Py_UCS4 chars[_WINDOW_KEY]
        cdef uint64_t hash = _hashed(_FNV_START, <Py_UCS4> split)
        for k in range(split):
            chars[k] = window[k]
            hash = _hashed(hash, chars[k])
        for k in range(count - split):
            chars[split + k] = year[k]
            hash = _hashed(hash, chars[split + k])
        return self._read(chars, count, split, hash)

    cdef object _read(self, const Py_UCS4 *chars, Py_ssize_t count, Py_ssize_t split, uint64_t hash):
        """Return the read of the window ``chars[:split]`` before the year ``chars[split:count]``, ``hash`` theirs
        (``_hashed`` from ``_FNV_START`` and ``split``, then each character)."""
        cdef _WindowSlot *slot = &self.slots[(hash ^ (hash >> 32)) & (_WINDOW_SLOTS - 1)]
        if (
            slot.key != NULL
            and slot.hash == hash
            and slot.split == split
            and PyBytes_GET_SIZE(<object> slot.key) == count * 4
            and memcmp(PyBytes_AS_STRING(<object> slot.key), chars, count * 4) == 0
        ):
            return <object> slot.read
        window = PyUnicode_FromKindAndData(4, chars, split)
        year = PyUnicode_FromKindAndData(4, chars + split, count - split)
        read = self.reading(window, year)
        key = PyBytes_FromStringAndSize(<const char *> chars, count * 4)
        Py_XDECREF(slot.key)
        Py_XDECREF(slot.read)
        Py_XINCREF(<PyObject *> key)
        Py_XINCREF(<PyObject *> read)
        slot.key, slot.read, slot.hash, slot.split = <PyObject *> key, <PyObject *> read, hash, split
        return read


# --- event line ---
from cpython.datetime cimport (
    PyDateTime_CheckExact,
    PyDateTime_DATE_GET_HOUR,
    PyDateTime_DATE_GET_MICROSECOND,
    PyDateTime_DATE_GET_MINUTE,
    PyDateTime_DATE_GET_SECOND,
    PyDateTime_GET_DAY,
    PyDateTime_GET_MONTH,
    PyDateTime_GET_YEAR,
    datetime_tzinfo,
    import_datetime,
)
from cpython.dict cimport PyDict_Check, PyDict_CheckExact, PyDict_Next, PyDict_Size
from cpython.float cimport PyFloat_AS_DOUBLE, PyFloat_Check
from cpython.list cimport PyList_Check, PyList_CheckExact
from cpython.long cimport PyLong_AsLongLongAndOverflow, PyLong_Check, PyLong_CheckExact
from cpython.tuple cimport PyTuple_Check, PyTuple_CheckExact
from cpython.unicode cimport PyUnicode_Check
from libc.math cimport fabs, floor, isfinite, signbit

import datetime as _datetime
import json.encoder as _json_encoder

cdef extern from "Python.h":
    const char *_line_utf8 "PyUnicode_AsUTF8AndSize"(object text, Py_ssize_t *size) except NULL
    int _line_is_ascii "PyUnicode_IS_ASCII"(object text)
    object _line_new_text "PyUnicode_New"(Py_ssize_t size, Py_UCS4 maxchar)
    void *_line_text_data "PyUnicode_DATA"(object text)

import_datetime()

cdef object _UTC = _datetime.timezone.utc
cdef object _INT_REPR = int.__repr__  # what json's encoder writes of an int, or of a float, whatever their class
cdef object _FLOAT_REPR = float.__repr__
cdef object _NO_LAYOUT = object()

cdef enum:
    _LINE_START = 2048  # bytes: an event's line is some 800
    _LINE_DEPTH = 32  # deeper than any event: what is deeper json's own encoder writes (or refuses)

cdef char _LINE_ESCAPES[256]  # for each byte of UTF-8, 0 where json writes it as it is, else the letter after "\"


cdef void _line_escapes() noexcept:
    cdef int byte
    memset(_LINE_ESCAPES, 0, sizeof(_LINE_ESCAPES))
    for byte in range(0x20):
        _LINE_ESCAPES[byte] = 117  # "u"
    _LINE_ESCAPES[0x08] = 98  # "b"
    _LINE_ESCAPES[0x09] = 116  # "t"
    _LINE_ESCAPES[0x0A] = 110  # "n"
    _LINE_ESCAPES[0x0C] = 102  # "f"
    _LINE_ESCAPES[0x0D] = 114  # "r"
    _LINE_ESCAPES[0x22] = 34  # '"'
    _LINE_ESCAPES[0x5C] = 92  # "\\"


_line_escapes()
cdef const char *_HEX = b"0123456789abcdef"


cdef struct _Line:
    char *data
    Py_ssize_t size
    Py_ssize_t room
    bint beyond_ascii


cdef int _line_room(_Line *line, Py_ssize_t more) except -1:
    cdef Py_ssize_t room = line.room
    cdef char *grown
    while room - line.size < more:
        room *= 2
    grown = <char *> realloc(line.data, room)
    if grown == NULL:
        raise MemoryError()
    line.data = grown
    line.room = room
    return 0


cdef inline int _line_put(_Line *line, const char *text, Py_ssize_t size) except -1:
    if line.room - line.size < size:
        _line_room(line, size)
    memcpy(line.data + line.size, text, size)
    line.size += size
    return 0


cdef inline void _line_fixed(char *at, unsigned long long value, int width) noexcept:
    """Write ``value``'s last ``width`` decimal digits at ``at``, zeros before it."""
    while width > 0:
        width -= 1
        at[width] = <char> (48 + value % 10)
        value //= 10


cdef int _line_digits(_Line *line, unsigned long long value) except -1:
    cdef char digits[20]
    cdef int at = 20
    while True:
        at -= 1
        digits[at] = <char> (48 + value % 10)
        value //= 10
        if value == 0:
            break
    return _line_put(line, digits + at, 20 - at)


cdef int _line_ascii(_Line *line, str text) except -1:
    """Write a text of ASCII characters as it is (a number's ``repr``)."""
    cdef Py_ssize_t size
    cdef const char *data = _line_utf8(text, &size)
    return _line_put(line, data, size)


cdef int _line_text(_Line *line, object text) except -1:
    """Write ``text`` as json's ``encode_basestring`` writes it (``ensure_ascii=False``): quoted, with '"', "\\" and
    the control characters escaped (\\b \\t \\n \\f \\r, the rest as \\u00xx), any other character as it is. In
    UTF-8 none of those bytes is part of another character's. Return 1 for a text that has no UTF-8 (a lone
    surrogate): json's encoder writes it."""
    cdef Py_ssize_t size, at, start = 0
    cdef const unsigned char *utf8
    cdef char escape
    cdef char escaped[6]
    try:
        utf8 = <const unsigned char *> _line_utf8(text, &size)
    except UnicodeEncodeError:
        return 1
    if not line.beyond_ascii and not _line_is_ascii(text):
        line.beyond_ascii = True
    _line_put(line, '"', 1)
    for at in range(size):
        escape = _LINE_ESCAPES[utf8[at]]
        if escape == 0:
            continue
        _line_put(line, <const char *> utf8 + start, at - start)
        escaped[0] = 92  # "\"
        escaped[1] = escape
        if escape == 117:  # "u": a control character without a letter of its own
            escaped[2] = 48
            escaped[3] = 48
            escaped[4] = _HEX[utf8[at] >> 4]
            escaped[5] = _HEX[utf8[at] & 15]
            _line_put(line, escaped, 6)
        else:
            _line_put(line, escaped, 2)
        start = at + 1
    _line_put(line, <const char *> utf8 + start, size - start)
    return _line_put(line, '"', 1)


cdef int _line_int(_Line *line, object value) except -1:
    """Write an int (of the class itself) as ``int.__repr__`` does."""
    cdef int overflow = 0
    cdef long long number = PyLong_AsLongLongAndOverflow(value, &overflow)
    if overflow:
        return _line_ascii(line, _INT_REPR(value))
    if number < 0:
        _line_put(line, "-", 1)
        return _line_digits(line, (<unsigned long long> (-(number + 1))) + 1)
    return _line_digits(line, <unsigned long long> number)


cdef int _line_float(_Line *line, object value) except -1:
    """Write a float as json's encoder does (``allow_nan``): "NaN", "Infinity", "-Infinity", or ``float.__repr__``.

    A float of hundredths between 0.01 and a billion (a timing, rounded to two places) is written from them: when
    their decimal, n / 100, is the float itself (a division is rounded as the reading of a decimal is), no other
    decimal of as few digits is (two of hundredths lie 0.01 apart, and the float's neighbours far closer), so it is
    the shortest that reads back, which ``repr`` writes, without an exponent below 1e16 and with ".0" for a whole
    number."""
    cdef double number = PyFloat_AS_DOUBLE(value)
    cdef double size = fabs(number)
    cdef unsigned long long hundredths
    cdef char written[32]
    cdef int at = 0
    if not isfinite(number):
        if number != number:
            return _line_put(line, "NaN", 3)
        return _line_put(line, "Infinity", 8) if number > 0 else _line_put(line, "-Infinity", 9)
    if size == 0:
        return _line_put(line, "-0.0", 4) if signbit(number) else _line_put(line, "0.0", 3)
    if 0.01 <= size < 1e9:
        hundredths = <unsigned long long> floor(size * 100.0 + 0.5)
        if <double> hundredths / 100.0 == size:
            if number < 0:
                _line_put(line, "-", 1)
            _line_digits(line, hundredths // 100)
            hundredths %= 100
            if hundredths % 10 == 0:  # "20.0", "20.1"
                written[0] = 46
                written[1] = <char> (48 + hundredths // 10)
                return _line_put(line, written, 2)
            written[0] = 46  # "20.09", "20.19"
            _line_fixed(written + 1, hundredths, 2)
            return _line_put(line, written, 3)
    return _line_ascii(line, _FLOAT_REPR(value))


cdef int _line_time(_Line *line, object value) except -1:
    """Write a time in UTC as ``codec._iso`` writes it, quoted: "YYYY-MM-DDTHH:MM:SS", ".ffffff" where its
    microseconds are not 0 (``isoformat``), "Z"."""
    cdef char written[30]
    cdef unsigned int micro = PyDateTime_DATE_GET_MICROSECOND(value)
    cdef Py_ssize_t size = 20
    written[0] = 34
    _line_fixed(written + 1, PyDateTime_GET_YEAR(value), 4)
    written[5] = 45
    _line_fixed(written + 6, PyDateTime_GET_MONTH(value), 2)
    written[8] = 45
    _line_fixed(written + 9, PyDateTime_GET_DAY(value), 2)
    written[11] = 84
    _line_fixed(written + 12, PyDateTime_DATE_GET_HOUR(value), 2)
    written[14] = 58
    _line_fixed(written + 15, PyDateTime_DATE_GET_MINUTE(value), 2)
    written[17] = 58
    _line_fixed(written + 18, PyDateTime_DATE_GET_SECOND(value), 2)
    if micro:
        written[20] = 46
        _line_fixed(written + 21, micro, 6)
        size = 27
    written[size] = 90
    written[size + 1] = 34
    return _line_put(line, written, size + 2)


cdef class JsonLine:
    """Write a value as ``json.dumps(value, ensure_ascii=False, default=default)`` does, for ``progress.json_line``:
    the event's line in one buffer, its times and numbers written from their values.

    json's encoder writes each value through a Python object (an int's and a float's ``repr``, a time's
    ``isoformat`` by way of ``default``: most of the line's cost). Here the strings, ints, floats, True, False, None,
    lists and tuples, dicts of strings, a time in UTC (as ``default`` writes it: ``codec._iso``) and a dataclass
    whose ``__dict__`` holds its fields in their order (``names_of(its class)``: as ``default`` returns it) are
    written as json writes them; anything else is written as what ``default`` returns for it. Where json's encoder
    writes what is not written here the same way (a subclass of a list, tuple or dict, a key that is no string, a
    lone surrogate, a deeper nesting) the call returns None, and the caller asks json."""

    cdef object default
    cdef object names_of
    cdef dict layouts  # by class: the names of a dataclass's fields and the line's text before each, or _NO_LAYOUT

    def __init__(self, default, names_of):
        self.default = default
        self.names_of = names_of
        self.layouts = {}

    def __call__(self, value):
        """Return the line of ``value``, or None where json's encoder writes it."""
        cdef _Line line
        cdef object text
        line.data = <char *> malloc(_LINE_START)
        if line.data == NULL:
            raise MemoryError()
        line.size = 0
        line.room = _LINE_START
        line.beyond_ascii = False
        try:
            if self._value(&line, value, 0):
                return None
            if line.beyond_ascii:
                return PyUnicode_DecodeUTF8(line.data, line.size, NULL)
            text = _line_new_text(line.size, 127)
            memcpy(_line_text_data(text), line.data, line.size)
            return text
        finally:
            free(line.data)

    cdef object _layout(self, object kind):
        cdef object layout = self.layouts.get(kind, None)
        if layout is not None:
            return layout
        names = self.names_of(kind)
        if names is None or type(names) is not tuple or any(type(name) is not str for name in names):
            layout = _NO_LAYOUT
        else:
            before = tuple(
                ((", " if at else "{") + _json_encoder.encode_basestring(name) + ": ").encode()
                for at, name in enumerate(names)
            )
            layout = (names, before)
        self.layouts[kind] = layout
        return layout

    cdef int _fields(self, _Line *line, object value, object layout, int depth) except -1:
        """Write a dataclass as json writes the ``__dict__`` ``default`` returns for it; return 2 where that is not
        its ``__dict__`` (another name, another order, none)."""
        cdef tuple names = layout[0]
        cdef tuple before = layout[1]
        cdef Py_ssize_t at = 0, place = 0, start = line.size
        cdef PyObject *key
        cdef PyObject *item
        cdef object held = getattr(value, "__dict__", None)
        cdef object field
        if type(held) is not dict or PyDict_Size(held) != len(names):
            return 2
        if not names:
            return _line_put(line, "{}", 2)
        while PyDict_Next(held, &place, &key, &item):
            field = <object> item
            if key != <PyObject *> names[at] and not (<object> key == names[at]):
                line.size = start  # what was written of it is left out
                return 2
            _line_put(line, before[at], len(<bytes> before[at]))
            if self._value(line, field, depth):
                return 1
            at += 1
        return _line_put(line, "}", 1)

    cdef int _value(self, _Line *line, object value, int depth) except -1:
        """Write ``value``, in the order of json's encoder's own tests; return 1 where json's encoder should."""
        cdef object layout
        cdef int done
        if depth > _LINE_DEPTH:
            return 1
        if value is None:
            return _line_put(line, "null", 4)
        if value is True:
            return _line_put(line, "true", 4)
        if value is False:
            return _line_put(line, "false", 5)
        if PyUnicode_Check(value):
            return _line_text(line, value)
        if PyLong_Check(value):
            return _line_int(line, value) if PyLong_CheckExact(value) else _line_ascii(line, _INT_REPR(value))
        if PyFloat_Check(value):
            return _line_float(line, value)
        if PyList_CheckExact(value) or PyTuple_CheckExact(value):
            if not value:
                return _line_put(line, "[]", 2)
            _line_put(line, "[", 1)
            first = True
            for item in value:
                if not first:
                    _line_put(line, ", ", 2)
                first = False
                if self._value(line, item, depth + 1):
                    return 1
            return _line_put(line, "]", 1)
        if PyList_Check(value) or PyTuple_Check(value):
            return 1
        if PyDict_CheckExact(value):
            if not value:
                return _line_put(line, "{}", 2)
            first = True
            for key, item in (<dict> value).items():
                if type(key) is not str:
                    return 1
                if first:
                    _line_put(line, "{", 1)
                    first = False
                else:
                    _line_put(line, ", ", 2)
                if _line_text(line, key):
                    return 1
                _line_put(line, ": ", 2)
                if self._value(line, item, depth + 1):
                    return 1
            return _line_put(line, "}", 1)
        if PyDict_Check(value):
            return 1
        if PyDateTime_CheckExact(value) and datetime_tzinfo(value) is _UTC:
            return _line_time(line, value)
        layout = self._layout(type(value))
        if layout is not _NO_LAYOUT:
            done = self._fields(line, value, layout, depth + 1)
            if done != 2:
                return done
        return self._value(line, self.default(value), depth + 1)


# --- the head's metas and links ---
# ``page._head_facts`` searched the page's metas and links as nodes and read each one's attributes as a dict
# (``node.attributes``: a string made for every name and value of some 25 elements, most of them never asked). Here
# the search adds their places, and one walk of each one's attributes decodes only the few values it reads.
cdef extern from "lexbor/tag/const.h":
    uintptr_t LXB_TAG_META


cdef Py_ssize_t _head_slot(const lxb_char_t *key, size_t length, bint meta) noexcept:
    """Return the place among ``head_items``' values of the attribute named ``key``: a meta's itemprop, name,
    property, http-equiv or content (1-5), a link's rel, href, type or hreflang (1-4); 0 for another."""
    if meta:
        if length == 8 and memcmp(key, b"itemprop", 8) == 0:
            return 1
        if length == 4 and memcmp(key, b"name", 4) == 0:
            return 2
        if length == 8 and memcmp(key, b"property", 8) == 0:
            return 3
        if length == 10 and memcmp(key, b"http-equiv", 10) == 0:
            return 4
        if length == 7 and memcmp(key, b"content", 7) == 0:
            return 5
        return 0
    if length == 3 and memcmp(key, b"rel", 3) == 0:
        return 1
    if length == 4:
        if memcmp(key, b"href", 4) == 0:
            return 2
        if memcmp(key, b"type", 4) == 0:
            return 3
    if length == 8 and memcmp(key, b"hreflang", 8) == 0:
        return 4
    return 0


def head_items(LexborHTMLParser tree not None, str query not None) -> list:
    """Return, for each element ``select(tree, query)`` finds (metas and links), in its order: whether it is a meta
    and the values of its attributes ``page._head_facts`` reads, a meta's itemprop, name, property, http-equiv and
    content, a link's rel, href, type, hreflang and None; each ``node.attributes.get(name)``'s, but "" where it has
    the attribute without a value (its None): None is where it has none."""
    cdef list found = []
    cdef lxb_dom_node_t *at
    cdef lxb_dom_attr_t *attr
    cdef const lxb_char_t *key
    cdef size_t length = 0
    cdef Py_ssize_t slot
    cdef bint meta
    cdef const lexbor_str_t *value
    cdef const lexbor_str_t *values[6]
    cdef bint named[6]
    for item in found_places(tree, query):
        at = <lxb_dom_node_t *> PyLong_AsVoidPtr(item)
        meta = at.type == LXB_DOM_NODE_TYPE_ELEMENT and at.local_name == LXB_TAG_META
        memset(named, 0, sizeof(named))
        attr = _first_attr(<lxb_dom_element_t *> at) if at.type == LXB_DOM_NODE_TYPE_ELEMENT else NULL
        while attr != NULL:  # each the last attribute of its name, as the dict keeps
            key = _attr_name(attr, &length)
            slot = _head_slot(key, length, meta) if key != NULL else 0
            if slot:
                named[slot] = True
                values[slot] = attr.value if attr.value != NULL and attr.value.data != NULL else NULL
            attr = attr.next
        found.append((
            meta,
            (_decoded(values[1]) or "") if named[1] else None,
            (_decoded(values[2]) or "") if named[2] else None,
            (_decoded(values[3]) or "") if named[3] else None,
            (_decoded(values[4]) or "") if named[4] else None,
            (_decoded(values[5]) or "") if named[5] else None,
        ))
    return found


# --- sources ---
# ``page._date_sources`` made a node for each link of the site's chrome (32 on the bench page, ~700 instructions
# each) only to leave them out of the headlines' count; here the chrome's and the sides' own nodes are looked up.
def count_found_outside(LexborNode node not None, str query not None, list parts not None) -> Py_ssize_t:
    """Return ``len(outside(select(node, query), parts))``: how many elements ``query`` finds in ``node`` (one found
    once per selector it matches counted as often) that are none of ``parts`` and in none of them; no node made."""
    cdef object ready = _kept_prepared.get(query)
    if ready is None:  # a query not yet prepared: the search prepares it
        return len(outside(select(node, query), parts))
    cdef LexborNode start = node._get_node()
    cdef list found = _prepared_search(
        node, start.node, (<_Prepared> ready).parts, (<_Prepared> ready).starts, (<_Prepared> ready).count, _PLACES
    )
    return len(found) - _count_within(node.parser, found, parts)


# ``page._others_feeds`` made a node for each link of each list of the page, and read its address by a Python call
# (``attrs.get``), to find the lists whose every link goes to one other site: most end at their first link.
def one_other_site(LexborNode holder not None, str own not None, Py_ssize_t limit):
    """Return the site other than ``own`` (its ``linked_site``) that every one of ``select(holder, "a[href]")[:limit]``
    goes to, or None (no link, or one relative, the site's own or of a second site); each link's href read where it
    is (the last attribute of the name, as the node's ``attributes`` keeps), no node made."""
    cdef object ready = _kept_prepared.get("a[href]")
    cdef LexborNode start
    cdef list places
    cdef lxb_dom_node_t *at
    cdef const lexbor_str_t *value
    cdef bint named
    cdef object site = None, linked
    if ready is None:  # not yet prepared: the search prepares it
        places = [PyLong_FromVoidPtr((<LexborNode> node).node) for node in select(holder, "a[href]")]
    else:
        start = holder._get_node()
        places = _prepared_search(
            holder, start.node, (<_Prepared> ready).parts, (<_Prepared> ready).starts, (<_Prepared> ready).count,
            _PLACES
        )
    for item in places[:limit]:  # most lists end at their first link: a relative one, or the site's own
        at = <lxb_dom_node_t *> PyLong_AsVoidPtr(item)
        value = _named_value(at, "href", 4, &named)
        linked = linked_site(_decoded(value) if value != NULL else "")
        if linked is None or linked == own or (site is not None and linked != site):
            return None
        site = linked
    return site


# ``page._side_paths`` made a node for each link of the sidebars and read its attributes as a dict, for its href.
def hrefs_in(list parts not None) -> list:
    """Return ``[a.attributes.get("href") or "" for part in parts for a in select(part, "a[href]")]``: the hrefs of
    the links in ``parts`` (a part that is one too), each the last attribute of the name, no node made."""
    cdef object ready = _kept_prepared.get("a[href]")
    cdef LexborNode part, start
    cdef list places, found = []
    cdef lxb_dom_node_t *at
    cdef const lexbor_str_t *value
    cdef bint named
    for part in parts:
        if ready is None:  # not yet prepared: the search prepares it
            places = [PyLong_FromVoidPtr((<LexborNode> node).node) for node in select(part, "a[href]")]
            ready = _kept_prepared.get("a[href]")
        else:
            start = part._get_node()
            places = _prepared_search(
                part, start.node, (<_Prepared> ready).parts, (<_Prepared> ready).starts, (<_Prepared> ready).count,
                _PLACES
            )
        for item in places:
            at = <lxb_dom_node_t *> PyLong_AsVoidPtr(item)
            value = _named_value(at, "href", 4, &named)
            found.append(_decoded(value) if value != NULL else "")
    return found


# --- walks ---
def indexed(object tree) -> bool:
    """Whether the index holds ``tree``'s document as it is now (a parser, or a node of it): a search of an element's
    name then reads the name's list, which costs less than asking the markup whether it has the name first."""
    cdef LexborHTMLParser parser = tree.parser if type(tree) is LexborNode else <LexborHTMLParser?> tree
    return parser is not None and _indexed is parser and _indexed_at == parser._mutation_count


# --- the dates' marks: the thirties' places ---
# ``short_places`` gave every "3" after one of " ./-" as a place where a two-digit year of the 2030s after a month's
# name ("Nov 30") may start: a day's "3 Desember", a "13.30" or a "- 3 -" is one, and each such place made
# ``dates._short_found`` match the expression there in Python (some 20 k instructions on a news list whose text holds
# no two-digit year at all). A "3" is a place only where the expression's lookbehinds can hold: a digit after it, and
# before its mark a letter (``[^\W\d_]``) or a "." (as ``year_places`` keeps the twenties' "2"s).

cdef list _named_threes(str text):
    """Return the places of "3" in ``text``, past its first two, where ``dates._NAMED_SHORT_YEARS[1]`` may match: a
    decimal digit after it (its ``\\d``), one of " ./-" before it and a letter or a "." before that (its
    lookbehinds), in order."""
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text), i = 2
    cdef list places = []
    while (i := _next_of(data, kind, i, size, 0x33)) < size:
        if _short_year_place(kind, data, i, size):
            places.append(i)
        i += 1
    return places


# --- the limits' heads ---
# ``dates._Limits.of`` tried a stem's words (its head) wherever the stem was found within a date's label: "selam" of
# every "Selama" and "Selamat", "no" of every "November" and "nomor" before a date made a Python call and a failed
# match (some 6 k instructions a date on a news list whose headline says "... Selama Bulan Ini"). Where the
# characters after the stem differ from every word's (ASCII, in either case, or no space where the word has one),
# no head can match there: that start is left out, and ``of`` is not asked for its dates.
cdef extern from "Python.h":
    Py_UCS4 PyUnicode_READ_CHAR(object text, Py_ssize_t index)


def limit_heads(str text not None, matches, tuple heads not None, tuple tails not None) -> tuple:
    """Return ``dates._Limits``' heads, starts and countdown of the ``matches`` (word index, start, end) of its words in
    ``text``: a dict of where each of the first ``len(heads)`` words (the stems) starts to its ``heads`` expression (the
    last found there), those places in order, and whether one of the words after them (the countdown's) is found. A
    place is left out where the stem found there last is followed by none of its ``tails`` (``dates._LIMIT_TAILS``:
    for each stem, None, or the stem's length and what its words read after it up to a space): there its expression
    cannot match."""
    cdef dict found = {}
    cdef bint countdown = False
    cdef Py_ssize_t index, stems = len(heads)
    cdef tuple match
    for item in matches:
        match = <tuple?> item
        index = <Py_ssize_t> <object> PyTuple_GET_ITEM(match, 0)
        if index < stems:
            PyDict_SetItem(found, <object> PyTuple_GET_ITEM(match, 1), <object> PyTuple_GET_ITEM(match, 0))
        else:
            countdown = True
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(text)
    cdef dict kept = {}
    for start, stem in found.items():
        index = <Py_ssize_t> stem
        tail = tails[index]
        if tail is None or _tail_follows(kind, data, size, <Py_ssize_t> start, <tuple> tail):
            PyDict_SetItem(kept, start, heads[index])
    cdef list starts = list(kept)
    starts.sort()
    return kept, starts, countdown


cdef bint _tail_follows(int kind, const void *data, Py_ssize_t size, Py_ssize_t start, tuple tail) except -1:
    """Whether one of the words of ``tail`` (the stem's length, then each word's characters after the stem up to its
    first space, that space included: ASCII, lower case) may follow the stem at ``start``: each character of the text
    is that letter in either case, a space is any whitespace (the expression's ``\\s+``: what follows it is not read),
    and a character beyond ASCII may be any (one of another case may match: "\u017f" an "s", "\u212a" a "k")."""
    cdef Py_ssize_t at = start + <Py_ssize_t> <object> PyTuple_GET_ITEM(tail, 0), k, count = PyTuple_GET_SIZE(tail)
    cdef Py_ssize_t n, length
    cdef unsigned int c, w
    cdef str word
    for n in range(1, count):
        word = <str> PyTuple_GET_ITEM(tail, n)
        length = PyUnicode_GET_LENGTH(word)
        if at + length > size:
            continue  # the text ends before the word
        for k in range(length):
            c = <unsigned int> PyUnicode_READ(kind, data, at + k)
            w = <unsigned int> PyUnicode_READ_CHAR(word, k)
            if c >= 128:
                return True
            if w == 32:
                if Py_UNICODE_ISSPACE(<Py_UCS4> c):
                    return True
                break
            if c != w and not (65 <= c <= 90 and c + 32 == w):
                break
        else:
            return True
    return False


# --- defacement: names in capitals ---
# ``defacement._capital_brands`` asked each link whose text is in capitals whether it goes to a site of its name
# (``_own_site``: ``urlsplit`` and its ``hostname`` in Python, some 8 k instructions a link), where most are a menu's
# ("PPID", "SOP" to the site's own pages, "SP4N LAPOR!" to lapor.go.id), and the links in capitals were picked
# reading each link's text as an attribute. The links whose text cannot name their site are left out here, where the answer is known without
# the split and the split cannot raise.
cdef extern from "string.h" nogil:
    void *memmem(const void *haystack, size_t haystack_size, const void *needle, size_t needle_size)


def capital_links(links, Py_ssize_t limit):
    """Return the links (``page.Link``s, tuples of a text and an address) among the first ``limit`` of ``links`` whose
    text ``str.isupper``, but for those ``defacement._own_site`` refuses of the text lowered (``_not_own``)."""
    cdef list found = []
    cdef Py_ssize_t count = 0
    cdef str text, href
    for link in links:
        if count >= limit:
            break
        count += 1
        if not isinstance(link, tuple):
            raise TypeError("a link is a tuple of its text and its address")
        text, href = (<tuple> link)[0], (<tuple> link)[1]
        if _upper(text) and not _not_own(text, href):
            found.append(link)
    return found


cdef bint _not_own(str text, str href) except -1:
    """Whether ``defacement._own_site`` surely refuses a link of ``text`` in capitals (of no small letter) to ``href``,
    with ``text.lower()`` as its name, and its ``urlsplit(href)`` cannot raise: ``href`` and ``text`` of ASCII, no
    bracket in ``href`` (``urlsplit`` raises only of an IPv6 address's brackets, or of a netloc beyond ASCII), and a
    character of ``text`` not a letter or a digit (the name is not ``isalnum``), or its name not in the address's
    netloc with its letters lowered and its "-" left out (``_netloc_holds``)."""
    cdef const uint8_t *name
    cdef const uint8_t *address
    cdef Py_ssize_t size, length, i
    cdef uint8_t c
    PyUnicode_READY(href)
    if not PyUnicode_IS_ASCII(text) or not PyUnicode_IS_ASCII(href):
        return False
    address, length = <const uint8_t *> PyUnicode_DATA(href), PyUnicode_GET_LENGTH(href)
    if memchr(address, 91, length) != NULL or memchr(address, 93, length) != NULL:  # "[", "]"
        return False
    name, size = <const uint8_t *> PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)
    for i in range(size):
        c = name[i]
        if not (<uint8_t> (c - 65) < 26 or <uint8_t> (c - 48) < 10):  # a capital or a digit: no small letter here
            return True
    return not _netloc_holds(address, length, name, size)


cdef bint _netloc_holds(const uint8_t *address, Py_ssize_t length, const uint8_t *name, Py_ssize_t size) except -1:
    """Whether ``name`` (capitals and digits) lowered is in the netloc ``urlsplit`` reads of ``address`` (of ASCII),
    its letters lowered and its "-" left out: where the site's name of ``_own_site`` (its ``hostname``'s first label,
    a part of the netloc lowered, without "www." and hyphens) must be. ``urlsplit`` drops tabs, CRs and LFs first; its
    netloc, where it has one, follows the address's first "//" (a scheme before it is of letters, digits, "+", "-" and
    "."), to the first "/", "?" or "#"."""
    cdef uint8_t *folded
    cdef uint8_t lowered[64]
    cdef Py_ssize_t kept = 0, i = 0
    cdef uint8_t c, before = 0
    cdef bint found
    if size > 64:  # longer than a host's label may be: not answered here
        return True
    for i in range(size):
        lowered[i] = name[i] | 32 if <uint8_t> (name[i] - 65) < 26 else name[i]
    i = 0
    while i < length:  # to the first "//", tabs and line ends dropped
        c = address[i]
        i += 1
        if c == 9 or c == 13 or c == 10:
            continue
        if c == 47 and before == 47:
            break
        before = c
    else:
        return False  # no netloc: no host
    folded = <uint8_t *> malloc(length - i + 1)
    if folded == NULL:
        raise MemoryError()
    while i < length:
        c = address[i]
        i += 1
        if c == 47 or c == 63 or c == 35:  # "/", "?", "#": the netloc's end
            break
        if c == 45 or c == 9 or c == 13 or c == 10:
            continue
        folded[kept] = c | 32 if <uint8_t> (c - 65) < 26 else c
        kept += 1
    found = memmem(folded, kept, lowered, size) != NULL
    free(folded)
    return found
