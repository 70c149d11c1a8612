;;; six.el --- Edit sixos Nix with six lsp  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools, nix
;; URL: https://github.com/six-dev/six

;; This file is not part of GNU Emacs.

;;; Commentary:

;; sixos is a nixpkgs-based operating system supervised by s6/s6-rc and
;; configured with the infuse combinator.  This package connects Emacs to
;; `six lsp', six's language server, through eglot, and adds commands for
;; what only six knows:
;;
;; - `six-nix-mode': a small major mode for .nix files (font-lock for strings
;;   with interpolation, paths, URIs and infuse sugars; indentation;
;;   comments).  Debian ships no nix-mode, so this one is used when neither
;;   `nix-mode' nor `nix-ts-mode' is installed; when one is, .nix files open
;;   in it and the server is registered for it as well.
;; - `six-infusion-preview' (C-c C-p): what the infusion at point does to its
;;   target, before and after, and the s6-rc service directory it yields, in
;;   a side window.
;; - `six-build-host' (C-c C-b): `six build --host HOST' in a compilation
;;   buffer.
;; - `six-show-db' (C-c C-d): a host's compiled s6-rc database, as
;;   `six db list all' shows it.
;;
;; Set `six-program' to the `six' launcher of a checkout (or put it on PATH),
;; open a .nix file and run M-x eglot (or add `eglot-ensure' to
;; `six-nix-mode-hook').

;;; Code:

(require 'cl-lib)
(require 'seq)
(require 'eglot)
(require 'jsonrpc)
(require 'compile)
(require 'subr-x)
(require 'project)
(require 'diff-mode)

(defgroup six nil
  "Editing sixos Nix with the six language server."
  :group 'languages
  :prefix "six-")

(defcustom six-program "six"
  "The six launcher: a name on PATH or an absolute file name."
  :type 'string)

(defcustom six-evaluation-roots nil
  "The files or directories the server evaluates on save, relative to the project.
A site directory (the one with hosts/) evaluates its hosts.  nil: the server
finds them (the default.nix and site.nix files nothing imports).  The first
directory among them is also the site `six-build-host' builds.
Sent as the setting six.evaluation.roots."
  :type '(repeat string))

(defcustom six-evaluation-enable t
  "Whether the language server evaluates the roots when a file is saved.
Sent as the setting six.evaluation.enable."
  :type 'boolean)

(defcustom six-evaluation-time-limit 10
  "Seconds the evaluation of one root may take (six.evaluation.timeLimit)."
  :type 'number)

(defcustom six-nix-path nil
  "NIX_PATH entries (\"prefix=path\" or \"path\") for evaluations and builds.
nil: none for the server's evaluations, and Emacs's NIX_PATH for builds.
Sent as the setting six.nixPath, and as NIX_PATH to the processes."
  :type '(repeat string))

(defcustom six-diagnostics-delay 150
  "Milliseconds the server waits after an edit before diagnosing the file.
Sent as the setting six.diagnostics.delay."
  :type 'integer)

(defcustom six-nixpkgs nil
  "A nixpkgs checkout whose packages the server indexes (six.nixpkgs).
nil: the nixpkgs= entry of NIX_PATH, if any."
  :type '(choice (const :tag "From NIX_PATH" nil) directory))

(defcustom six-log-level nil
  "The language server's log level, given as SIX_LOG_LEVEL; nil: INFO."
  :type '(choice (const :tag "Default" nil)
                 (const "ERROR") (const "WARN") (const "INFO")
                 (const "DEBUG") (const "TRACE")))

(defcustom six-build-arguments nil
  "More arguments for `six build', such as (\"--no-firmware\")."
  :type '(repeat string))

(defcustom six-indent-offset 2
  "Columns one nesting level of Nix code is indented by."
  :type 'integer
  :safe #'integerp)

(defcustom six-use-own-mode nil
  "Non-nil: open .nix files in `six-nix-mode' even when another Nix mode exists.
The others are `nix-mode' and `nix-ts-mode'."
  :type 'boolean)

;;;; Faces

(defface six-nix-path-face '((t :inherit font-lock-constant-face))
  "Face for path literals (./x, /x, ~/x, <nixpkgs>).")

(defface six-nix-uri-face '((t :inherit (link font-lock-string-face)))
  "Face for URI literals (https://example.org).")

(defface six-nix-sugar-face '((t :inherit font-lock-preprocessor-face))
  "Face for the infuse sugars (__assign, __input, ...).")

(defface six-nix-interpolation-face '((t :inherit font-lock-preprocessor-face))
  "Face for the ${ and } around an interpolation.")

;;;; Syntax

(defconst six-nix-keywords
  '("if" "then" "else" "assert" "with" "let" "in" "rec" "inherit" "or")
  "Nix's keywords.")

(defconst six-nix-builtins
  '("builtins" "import" "throw" "abort" "map" "toString" "isNull" "baseNameOf"
    "dirOf" "derivation" "removeAttrs" "fetchTarball" "placeholder"
    "scopedImport" "__curPos")
  "The builtins Nix binds at the top level.")

(defconst six-nix-sugars
  '("__init" "__default" "__assign" "__underlay" "__overlay" "__prepend"
    "__append" "__input" "__output" "__values" "__infuse")
  "The infuse sugars (corpus/infuse, InfuseLint.SUGARS).")

(defconst six-nix--identifier "[a-zA-Z_][a-zA-Z0-9_'-]*"
  "A Nix identifier.")

(defconst six-nix--uri-regexp
  "\\_<[a-zA-Z][a-zA-Z0-9+.-]*:[a-zA-Z0-9%/?:@&=+$,_.!~*'-]+"
  "A Nix URI literal (as the lexer reads them).")

(defconst six-nix--path-regexp
  (concat "\\(?:[a-zA-Z0-9._+-]*\\|~\\)\\(?:/[a-zA-Z0-9._+-]+\\)+/?"
          "\\|<[a-zA-Z0-9._+-]+\\(?:/[a-zA-Z0-9._+-]+\\)*>")
  "A Nix path literal: ./x, /x, x/y, ~/x or a search path <x/y>.")

(defvar six-nix-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?/ ". 14" table)
    (modify-syntax-entry ?* ". 23" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?' "_" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?. "." table)
    (modify-syntax-entry ?= "." table)
    (modify-syntax-entry ?: "." table)
    (modify-syntax-entry ?\; "." table)
    (modify-syntax-entry ?, "." table)
    (modify-syntax-entry ?$ "." table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    (modify-syntax-entry ?\[ "(]" table)
    (modify-syntax-entry ?\] ")[" table)
    (modify-syntax-entry ?\( "()" table)
    (modify-syntax-entry ?\) ")(" table)
    table)
  "Syntax table of `six-nix-mode'.")

;;;; Strings and interpolation
;;
;; Both string kinds nest: "a ${ f "b ${c}" } d".  A syntax table cannot say
;; that, so a scanner walks the code and marks every string delimiter as a
;; generic string fence: the quote that opens a string, the `{' of a `${'
;; (which ends the string part before the code), the `}' that closes the
;; interpolation (which starts the next string part) and the quote that
;; closes it.  The scanner's stack is kept on each delimiter (as the text
;; property `six-nix-stack'), so a later call resumes at the delimiter before
;; the region instead of at the top of the buffer.

(defconst six-nix--fence (string-to-syntax "|"))
(defconst six-nix--punctuation (string-to-syntax "."))

(defun six-nix--mark (pos stack &optional syntax)
  "Record STACK after the delimiter at POS, with SYNTAX (default: a fence)."
  (put-text-property pos (1+ pos) 'syntax-table (or syntax six-nix--fence))
  (put-text-property pos (1+ pos) 'six-nix-stack (cons t stack)))

(defun six-nix--resume-point (start)
  "The position after the last delimiter before START and the stack there.
Returned as a cons; (point-min) and nil when there is none."
  (let ((pos start)
        (found nil))
    (while (and (not found) (> pos (point-min)))
      (if (get-text-property (1- pos) 'six-nix-stack)
          (setq found (1- pos))
        (setq pos (previous-single-property-change
                   pos 'six-nix-stack nil (point-min)))))
    (if found
        (cons (1+ found) (cdr (get-text-property found 'six-nix-stack)))
      (cons (point-min) nil))))

(defun six-nix--scan-code (stack end)
  "Scan code from point towards END with STACK.
Return the stack after the next string delimiter (or at END)."
  (let ((done nil))
    (while (and (not done) (< (point) end))
      (cond
       ((looking-at "#") (forward-line 1))
       ((looking-at "/\\*")
        (unless (search-forward "*/" nil t) (goto-char (point-max))))
       ((looking-at six-nix--uri-regexp) (goto-char (match-end 0)))
       ((looking-at six-nix--identifier) (goto-char (match-end 0)))
       ((looking-at "\"")
        (six-nix--mark (point) (setq stack (cons 'string stack)))
        (forward-char 1) (setq done t))
       ((looking-at "''")
        (six-nix--mark (point) (setq stack (cons 'indented stack)))
        (forward-char 2) (setq done t))
       ((looking-at "{")
        (setq stack (cons 'brace stack)) (forward-char 1))
       ((looking-at "}")
        (if (eq (car stack) 'interpolation)
            (progn
              (setq stack (cdr stack))
              (put-text-property (point) (1+ (point)) 'six-nix-interpolation t)
              (six-nix--mark (point) stack)
              (forward-char 1) (setq done t))
          (when (eq (car stack) 'brace) (setq stack (cdr stack)))
          (forward-char 1)))
       (t (forward-char 1))))
    stack))

(defun six-nix--scan-string (stack end)
  "Scan the string part at point towards END with STACK.
Return the stack after the next delimiter (or at END)."
  (let ((indented (eq (car stack) 'indented))
        (done nil))
    (while (and (not done) (< (point) end))
      (cond
       ((looking-at "\\$\\${") (forward-char 2))
       ((looking-at "\\${")
        (setq stack (cons 'interpolation stack))
        (put-text-property (point) (+ 2 (point)) 'six-nix-interpolation t)
        (six-nix--mark (1+ (point)) stack)
        (forward-char 2) (setq done t))
       ((and (not indented) (looking-at "\\\\")) (forward-char 2))
       ((and (not indented) (looking-at "\""))
        (setq stack (cdr stack))
        (six-nix--mark (point) stack)
        (forward-char 1) (setq done t))
       ((and indented (looking-at "''\\(?:'\\|\\$\\)")) (forward-char 3))
       ((and indented (looking-at "''\\\\"))
        (forward-char (min 4 (- (point-max) (point)))))
       ((and indented (looking-at "''"))
        (setq stack (cdr stack))
        (six-nix--mark (point) stack)
        (forward-char 2) (setq done t))
       ((and indented (looking-at "\\\\"))
        ;; A backslash is no escape in '' strings: it must not hide the
        ;; closing quote.
        (put-text-property (point) (1+ (point))
                           'syntax-table six-nix--punctuation)
        (forward-char 1))
       (t (forward-char 1))))
    stack))

(defun six-nix-syntax-propertize (start end)
  "Mark the string delimiters between START and END (see `six-nix--scan-code')."
  (remove-text-properties start end
                          '(six-nix-stack nil six-nix-interpolation nil))
  (let* ((resume (six-nix--resume-point start))
         (stack (cdr resume)))
    (goto-char (car resume))
    (while (< (point) end)
      (setq stack (if (memq (car stack) '(string indented))
                      (six-nix--scan-string stack end)
                    (six-nix--scan-code stack end))))))

;;;; Font-lock

(defun six-nix--match-interpolation (limit)
  "Find the next ${ or } of an interpolation before LIMIT."
  (let ((pos (text-property-any (point) limit 'six-nix-interpolation t)))
    (when pos
      (let ((stop (or (text-property-not-all pos limit 'six-nix-interpolation t)
                      limit)))
        (set-match-data (list pos stop))
        (goto-char stop)
        t))))

(defvar six-nix-font-lock-keywords
  `((,(regexp-opt six-nix-keywords 'symbols) . font-lock-keyword-face)
    (,(regexp-opt '("true" "false" "null") 'symbols) . font-lock-constant-face)
    (,(regexp-opt six-nix-sugars 'symbols) . 'six-nix-sugar-face)
    (,(regexp-opt six-nix-builtins 'symbols) . font-lock-builtin-face)
    (six-nix--match-interpolation 0 'six-nix-interpolation-face t)
    (,six-nix--uri-regexp . 'six-nix-uri-face)
    (,(concat "\\(?:^\\|[^a-zA-Z0-9._+~-]\\)\\(" six-nix--path-regexp "\\)")
     1 'six-nix-path-face)
    ;; The name a binding defines: `name =' and `a.b.c =' (but not `==').
    (,(concat "\\(" six-nix--identifier
              "\\(?:\\." six-nix--identifier "\\)*\\)[ \t]*=[^=]")
     1 font-lock-variable-name-face)
    ;; A lambda's argument: `x:' (a URI has been taken by the rule above).
    (,(concat "\\(" six-nix--identifier "\\)[ \t]*:[ \t\n]")
     1 font-lock-variable-name-face))
  "What `six-nix-mode' highlights besides strings and comments.")

;;;; Indentation

(defun six-nix--code-at-p (pos)
  "Non-nil when POS is in code (neither a string nor a comment)."
  (not (nth 8 (save-excursion (syntax-ppss pos)))))

(defun six-nix--open-let (from limit)
  "The last `let' between FROM and LIMIT without its `in' before LIMIT, or nil.
Only keywords at the nesting depth of FROM count."
  (save-excursion
    (goto-char from)
    (let ((depth (car (syntax-ppss from)))
          (lets nil))
      (while (re-search-forward "\\_<\\(let\\|in\\)\\_>" limit t)
        (let ((start (match-beginning 0)))
          (when (and (six-nix--code-at-p start)
                     (= (car (save-excursion (syntax-ppss start))) depth))
            (if (string= (match-string 1) "let")
                (push start lets)
              (pop lets)))))
      (car lets))))

(defun six-nix--line-indentation-at (pos)
  "The indentation of the line POS is on."
  (save-excursion (goto-char pos) (current-indentation)))

(defun six-nix--previous-code-line-end (bol)
  "The end of the last code line before BOL, or nil.
Blank lines and lines that end in a comment are skipped."
  (save-excursion
    (goto-char bol)
    (let ((found nil))
      (while (and (not found) (zerop (forward-line -1)))
        (end-of-line)
        (skip-chars-backward " \t")
        (when (and (> (point) (line-beginning-position))
                   (six-nix--code-at-p (point)))
          (setq found (point)))
        (beginning-of-line)
        (when (bobp) (setq found (or found 'none))))
      (and (integerp found) found))))

(defun six-nix-calculate-indentation ()
  "The column the current line should start at, or nil to leave it alone."
  (save-excursion
    (beginning-of-line)
    (let* ((bol (point))
           (state (syntax-ppss bol))
           (opener (car (last (nth 9 state)))))
      (skip-chars-forward " \t")
      (cond
       ;; Inside a string (the text of an indented string is the user's).
       ((nth 3 state) nil)
       ((looking-at "[]})]")
        (let ((open (ignore-errors (scan-lists (1+ (point)) -1 0))))
          (if open (six-nix--line-indentation-at open) 0)))
       ((looking-at "\\_<in\\_>")
        (let ((let-pos (six-nix--open-let (if opener (1+ opener) (point-min))
                                          bol)))
          (if let-pos (six-nix--line-indentation-at let-pos) 0)))
       ((and opener (looking-at ","))
        (save-excursion (goto-char opener) (current-column)))
       (t
        (let* ((let-pos (six-nix--open-let (if opener (1+ opener) (point-min))
                                           bol))
               (base (cond (let-pos (+ (six-nix--line-indentation-at let-pos)
                                       six-indent-offset))
                           (opener (+ (six-nix--line-indentation-at opener)
                                      six-indent-offset))
                           (t 0)))
               (previous (six-nix--previous-code-line-end bol)))
          ;; `name =' with its value on the next line: one level more.
          (if (and previous (> previous (or let-pos opener (point-min)))
                   (eq (char-before previous) ?=)
                   (not (memq (char-before (1- previous)) '(?= ?! ?< ?>))))
              (+ (six-nix--line-indentation-at previous) six-indent-offset)
            base)))))))

(defun six-nix-indent-line ()
  "Indent the current line as Nix code."
  (interactive)
  (let ((column (six-nix-calculate-indentation))
        (offset (- (current-column) (current-indentation))))
    (when column
      (indent-line-to column)
      (when (> offset 0) (move-to-column (+ column offset))))))

;;;; The major mode

(defvar six-nix-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-p") #'six-infusion-preview)
    (define-key map (kbd "C-c C-b") #'six-build-host)
    (define-key map (kbd "C-c C-d") #'six-show-db)
    map)
  "Keys of `six-nix-mode'.")

;;;###autoload
(define-derived-mode six-nix-mode prog-mode "Nix[six]"
  "A major mode for Nix, as sixos writes it, with the six language server.
\\{six-nix-mode-map}"
  :syntax-table six-nix-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "\\(?:#+\\|/\\*+\\)[ \t]*")
  (setq-local syntax-propertize-function #'six-nix-syntax-propertize)
  (setq-local parse-sexp-lookup-properties t)
  (setq-local font-lock-defaults '(six-nix-font-lock-keywords))
  (setq-local indent-line-function #'six-nix-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local electric-indent-chars
              (append '(?\} ?\] ?\)) electric-indent-chars)))

;;;###autoload
(defun six-nix-auto-mode ()
  "Open a .nix file in `nix-ts-mode' or `nix-mode', else in `six-nix-mode'.
The first of them that is installed wins, unless `six-use-own-mode'."
  (cond
   ((and (not six-use-own-mode) (fboundp 'nix-ts-mode)
         (fboundp 'treesit-language-available-p)
         (funcall 'treesit-language-available-p 'nix))
    (funcall 'nix-ts-mode))
   ((and (not six-use-own-mode) (fboundp 'nix-mode))
    (funcall 'nix-mode))
   (t (six-nix-mode))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.nix\\'" . six-nix-auto-mode))

;;;; The language server

(defconst six-nix-modes '(six-nix-mode nix-mode nix-ts-mode)
  "The major modes whose buffers `six lsp' serves.")

(defun six--executable ()
  "The six launcher to run, or a `user-error' saying how to get one."
  (or (if (file-name-absolute-p six-program)
          (and (file-executable-p six-program) six-program)
        (executable-find six-program))
      (user-error "six: cannot run `%s'; set `six-program' to a six launcher"
                  six-program)))

(defun six--environment ()
  "NAME=VALUE assignments for the server and builds, from the settings."
  (delq nil (list (and six-nix-path
                       (concat "NIX_PATH=" (string-join (six--nix-path-entries) ":")))
                  (and six-log-level (concat "SIX_LOG_LEVEL=" six-log-level)))))

(defun six--nix-path-entries ()
  "The entries of `six-nix-path'.
A string (how it was once set) is split at colons."
  (if (stringp six-nix-path) (split-string six-nix-path ":" t) six-nix-path))

(defun six--command (&rest arguments)
  "The command line that runs six with ARGUMENTS in the settings' environment."
  (let ((env (six--environment)))
    (append (and env (cons "env" env)) (list (six--executable)) arguments)))

(defun six-eglot-contact (&optional _interactive)
  "How eglot starts the server: `six lsp', with NIX_PATH and the log level.
The settings go along as initializationOptions too: the server reads
six.nixpkgs only there and in workspace/didChangeConfiguration."
  (append (six--command "lsp")
          (list :initializationOptions (six-workspace-configuration))))

(defun six-settings ()
  "The settings section \"six\" as the server reads it, a plist for JSON."
  (append
   (list :evaluation (list :roots (vconcat six-evaluation-roots)
                           :enable (if six-evaluation-enable t :json-false)
                           :timeLimit six-evaluation-time-limit)
         :nixPath (vconcat (six--nix-path-entries))
         :diagnostics (list :delay six-diagnostics-delay))
   (and six-nixpkgs (list :nixpkgs (expand-file-name six-nixpkgs)))))

(defun six-workspace-configuration (&optional _server)
  "The settings the server reads: workspace/configuration section \"six\"."
  (list :six (six-settings)))

(defun six--use-workspace-configuration ()
  "Hand the server six's settings unless the buffer has its own configuration."
  (unless (local-variable-p 'eglot-workspace-configuration)
    (setq-local eglot-workspace-configuration #'six-workspace-configuration)))

;; Ahead of any older entry (eglot 1.9 lists rnix-lsp for nix-mode).
(add-to-list 'eglot-server-programs (cons six-nix-modes #'six-eglot-contact))

(dolist (hook '(six-nix-mode-hook nix-mode-hook nix-ts-mode-hook))
  (add-hook hook #'six--use-workspace-configuration))

;;;; Infusion preview

(defun six--server ()
  "The eglot server of this buffer, or a `user-error' saying how to start one."
  (or (eglot-current-server)
      (user-error "six: no language server here; start one with M-x eglot")))

(defun six--text (value)
  "VALUE as text: a string as it is, JSON null as (nothing)."
  (cond ((stringp value) value)
        ((memq value '(nil :null)) "(nothing)")
        (t (format "%S" value))))

(defun six--insert-heading (text)
  "Insert TEXT as a heading line."
  (insert (propertize text 'face 'bold) "\n"))

(defun six--insert-value (value)
  "Insert VALUE, a rendered Nix value, ending the line."
  (insert (six--text value))
  (unless (bolp) (insert "\n")))

(defun six--lines (text)
  "The lines of TEXT, without the empty one after a final newline."
  (let ((lines (split-string text "\n")))
    (if (equal (car (last lines)) "") (butlast lines) lines)))

(defun six-line-diff (before after)
  "The lines of BEFORE and AFTER as a diff: a list of (MARK . LINE).
MARK is ?\s for a line both share, ?- for one only BEFORE has, ?+ for one
only AFTER has.  The lines both start and end with are shared; the ones
between are replaced."
  (let* ((old (vconcat (six--lines before)))
         (new (vconcat (six--lines after)))
         (start 0)
         (old-end (length old))
         (new-end (length new)))
    (while (and (< start old-end) (< start new-end)
                (equal (aref old start) (aref new start)))
      (setq start (1+ start)))
    (while (and (> old-end start) (> new-end start)
                (equal (aref old (1- old-end)) (aref new (1- new-end))))
      (setq old-end (1- old-end) new-end (1- new-end)))
    (append (mapcar (lambda (line) (cons ?\s line)) (seq-subseq old 0 start))
            (mapcar (lambda (line) (cons ?- line)) (seq-subseq old start old-end))
            (mapcar (lambda (line) (cons ?+ line)) (seq-subseq new start new-end))
            (mapcar (lambda (line) (cons ?\s line)) (seq-subseq old old-end)))))

(defun six--insert-diff (before after)
  "Insert the line diff of BEFORE and AFTER, removed and added lines coloured."
  (dolist (line (six-line-diff before after))
    (insert (propertize (concat (string (car line)) " " (cdr line) "\n")
                        'face (pcase (car line)
                                (?- 'diff-removed) (?+ 'diff-added) (_ nil))))))

(defun six--files-by-path (files)
  "FILES, a vector of {path, contents, executable}, as an alist by path."
  (mapcar (lambda (file) (cons (plist-get file :path) file))
          (and (vectorp files) files)))

(defun six--insert-service-directory (directory)
  "Insert DIRECTORY, the s6-rc service directory before and after the infusion.
Every file is listed: unchanged, added, removed, or changed with a diff."
  (let* ((before (six--files-by-path (plist-get directory :before)))
         (after (six--files-by-path (plist-get directory :after)))
         (paths (sort (delete-dups (mapcar #'car (append before after)))
                      #'string<)))
    (six--insert-heading (format "s6-rc service directory %s"
                                 (six--text (plist-get directory :name))))
    (when (memq (plist-get directory :before) '(nil :null))
      (insert "(the service is new: every file is added)\n"))
    (dolist (path paths)
      (let* ((old (cdr (assoc path before)))
             (new (cdr (assoc path after)))
             (old-text (and old (six--text (plist-get old :contents))))
             (new-text (and new (six--text (plist-get new :contents))))
             (mode (lambda (file)
                     (if (eq (plist-get file :executable) t) " (executable)" ""))))
        (cond
         ((and old new (equal old-text new-text)
               (equal (funcall mode old) (funcall mode new)))
          (insert (format "  %s%s: unchanged\n" path (funcall mode new))))
         ((and old new)
          (insert (format "~ %s%s: changed\n" path (funcall mode new)))
          (six--insert-diff old-text new-text))
         (new
          (insert (format "+ %s%s: added\n" path (funcall mode new)))
          (six--insert-diff "" new-text))
         (t
          (insert (format "- %s%s: removed\n" path (funcall mode old)))
          (six--insert-diff old-text "")))))))

(defun six-infusion-preview-render (preview &optional buffer)
  "Show PREVIEW, a six/infusionPreview result, in BUFFER.
BUFFER defaults to *six infusion preview*.  Return the buffer."
  (let ((buffer (or buffer (get-buffer-create "*six infusion preview*"))))
    (with-current-buffer buffer
      (let ((inhibit-read-only t))
        (erase-buffer)
        (if (memq preview '(nil :null))
            (insert "No infusion at point.\n")
          (insert (propertize "Target: " 'face 'bold)
                  ;; empty: the infusion's whole argument (asked at its brace)
                  (let ((target (plist-get preview :target)))
                    (if (equal target "") "(the whole infusion)" (six--text target)))
                  "\n")
          (insert (propertize "Infusion: " 'face 'bold)
                  (mapconcat #'six--text (plist-get preview :keys) ".") "\n")
          (insert (propertize "Evaluated by: " 'face 'bold)
                  (six--text (plist-get preview :root)) "\n\n")
          (six--insert-heading "Before")
          (six--insert-value (plist-get preview :before))
          (insert "\n")
          (six--insert-heading "After")
          (six--insert-value (plist-get preview :after))
          (let ((changes (plist-get preview :changes)))
            (when (and (vectorp changes) (> (length changes) 0))
              (insert "\n")
              (six--insert-heading "Changes")
              (seq-doseq (change changes)
                (insert (format "%s.%s: %s → %s\n"
                                (six--text (plist-get change :target))
                                (six--text (plist-get change :path))
                                (six--text (plist-get change :before))
                                (six--text (plist-get change :after)))))))
          (let ((directory (plist-get preview :serviceDirectory)))
            (unless (memq directory '(nil :null))
              (insert "\n")
              (six--insert-service-directory directory)))))
      (goto-char (point-min))
      (special-mode))
    buffer))

(defun six-infusion-preview ()
  "Show what the infusion at point does to its target, in a side window."
  (interactive)
  (let* ((server (six--server))
         (preview (condition-case err
                      (jsonrpc-request server :six/infusionPreview
                                       (eglot--TextDocumentPositionParams))
                    (jsonrpc-error
                     (let ((code (alist-get 'jsonrpc-error-code (cddr err))))
                       (if (eql code -32601)
                           (user-error "six: %s"
                                       "the server has no six/infusionPreview")
                         (user-error "six: infusion preview failed: %s"
                                     (or (alist-get 'jsonrpc-error-message
                                                    (cddr err))
                                         err))))))))
    (display-buffer (six-infusion-preview-render preview)
                    '((display-buffer-in-side-window)
                      (side . right) (window-width . 0.4)))))

;;;; Building a host

(defun six--site-root ()
  "The site: the first directory of `six-evaluation-roots' with hosts/.
Else the nearest directory above the visited file that has hosts/."
  (or (cl-loop with project = (six--project-root)
               for root in six-evaluation-roots
               for dir = (expand-file-name root project)
               when (file-directory-p (expand-file-name "hosts" dir))
               return (file-name-as-directory dir))
      (let ((start (or buffer-file-name default-directory)))
        (when-let ((dir (locate-dominating-file
                         start (lambda (dir)
                                 (file-directory-p
                                  (expand-file-name "hosts" dir))))))
          (expand-file-name dir)))))

(defun six--project-root ()
  "The directory `six-evaluation-roots' are relative to: the project's."
  (let ((project (project-current nil)))
    (expand-file-name (if project (project-root project) default-directory))))

(defun six--host-at-point ()
  "The host of the visited file: hosts/<host>.nix or under hosts/<host>/."
  (when buffer-file-name
    (let ((file (expand-file-name buffer-file-name)))
      (when (string-match "/hosts/\\([^/]+?\\)\\(?:\\.nix\\'\\|/\\)" file)
        (match-string 1 file)))))

(defun six--read-host ()
  "Ask for a host, offering the one of the visited file."
  (let* ((guess (six--host-at-point))
         (site (six--site-root))
         (dir (and site (expand-file-name "hosts" site)))
         (hosts (and dir (file-directory-p dir)
                     (mapcar #'file-name-sans-extension
                             (directory-files dir nil "\\`[^.]")))))
    (completing-read (if guess (format "Host (default %s): " guess) "Host: ")
                     hosts nil nil nil nil guess)))

(defun six-build-command (host)
  "The shell command that builds HOST of the site."
  (let ((site (six--site-root)))
    (mapconcat #'shell-quote-argument
               (apply #'six--command "build"
                      (append (and site (list site)) (list "--host" host)
                              six-build-arguments))
               " ")))

(defun six-build-host (host)
  "Build HOST with `six build', in a compilation buffer.
Interactively, the default is the host of the visited file."
  (interactive (list (six--read-host)))
  (let ((default-directory (or (six--site-root) default-directory)))
    (compilation-start (six-build-command host) nil
                       (lambda (_mode) (format "*six build %s*" host)))))

(defun six-show-db (host)
  "Show the compiled s6-rc database of HOST with `six db'.
The database is the one `six build' left in result/ of the site."
  (interactive (list (six--read-host)))
  (let* ((default-directory (or (six--site-root) default-directory))
         (compiled (expand-file-name (format "result/%s/s6-rc/compiled" host))))
    (unless (file-directory-p compiled)
      (user-error "six: no compiled database at %s; build the host first"
                  compiled))
    (compilation-start (mapconcat #'shell-quote-argument
                                  (six--command "db" "-c" compiled "list" "all")
                                  " ")
                       nil
                       (lambda (_mode) (format "*six db %s*" host)))))

(provide 'six)
;;; six.el ends here
